import { formatNumber, formatUnit, QUALIFIER_LABELS } from "@/lib/format";
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
      <dd>{formatUnit(claim.currency, claim.unit) || <span className="muted">—</span>}</dd>
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
      <dt>Said by</dt>
      {/* Read from the claim's sentence when suggestions were computed; "" means no one is named. */}
      <dd data-testid="fact-said-by">
        {claim.saidBy ? claim.saidBy : <span className="muted">not attributed in the text</span>}
      </dd>
      {claim.origin === "manual" && (
        <>
          <dt>Origin</dt>
          <dd>Marked by hand</dd>
        </>
      )}
    </dl>
  );
}
