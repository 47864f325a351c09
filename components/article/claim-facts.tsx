import { formatNumber, QUALIFIER_LABELS } from "@/lib/format";
import type { ClaimSummary } from "./claim-summary";

export function ClaimFacts({ claim }: { claim: ClaimSummary }) {
  const value =
    claim.low !== null && claim.high !== null
      ? `${formatNumber(claim.low)} – ${formatNumber(claim.high)}`
      : formatNumber(claim.value);
  return (
    <dl className="facts" data-testid="claim-facts">
      <dt>Value</dt>
      <dd data-testid="fact-value">{value}</dd>
      <dt>Unit</dt>
      <dd>
        {[claim.currency, claim.unit].filter(Boolean).join(" ") || <span className="muted">—</span>}
      </dd>
      <dt>Counted</dt>
      <dd>{claim.counted ?? <span className="muted">—</span>}</dd>
      <dt>Qualifier</dt>
      <dd>{QUALIFIER_LABELS[claim.qualifier] ?? claim.qualifier}</dd>
      {claim.change && (
        <>
          <dt>Change</dt>
          <dd data-testid="fact-change" className={`change change-${claim.change}`}>
            {claim.change === "up" ? "▲ up" : "▼ down"}
            {claim.from !== null && ` from ${formatNumber(claim.from)}`}
          </dd>
        </>
      )}
      <dt>Period</dt>
      <dd>{claim.period ?? <span className="muted">—</span>}</dd>
      {claim.origin === "manual" && (
        <>
          <dt>Origin</dt>
          <dd>Marked by hand</dd>
        </>
      )}
    </dl>
  );
}
