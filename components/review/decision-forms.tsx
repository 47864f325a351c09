"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { Verdict } from "@/lib/domain";
import type { ActionResult } from "@/lib/action-result";
import {
  dismissClaimDispute,
  upholdClaimDispute,
  type DecisionOutcome,
} from "@/app/(app)/review/actions";
import { ActionMessage, fieldError } from "./action-message";
import { useShortcutKeys } from "./use-shortcut-keys";
import { VERDICT_LABELS, VERDICT_SCALE } from "./verdicts";

/**
 * Uphold (verdict + public explanation) or dismiss (note) a dispute. Keys: 1–5 choose the verdict,
 * u upholds, x dismisses (each focuses its text field first if it is empty); Ctrl+Enter submits from a field.
 */
export function DecisionForms({ claimId, version }: { claimId: number; version: number }) {
  const router = useRouter();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [explanation, setExplanation] = useState("");
  const [note, setNote] = useState("");
  const [upheld, setUpheld] = useState<ActionResult<DecisionOutcome> | null>(null);
  const [dismissed, setDismissed] = useState<ActionResult<DecisionOutcome> | null>(null);
  const [pending, startTransition] = useTransition();
  const explanationRef = useRef<HTMLTextAreaElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const verdictRefs = useRef<(HTMLInputElement | null)[]>([]);

  function uphold() {
    if (pending) return;
    if (!explanation.trim()) explanationRef.current?.focus();
    startTransition(async () => {
      const result = await upholdClaimDispute({ claimId, version, verdict, explanation });
      setUpheld(result);
      if (result.ok) router.refresh();
    });
  }
  function dismiss() {
    if (pending) return;
    if (!note.trim()) noteRef.current?.focus();
    startTransition(async () => {
      const result = await dismissClaimDispute({ claimId, version, note });
      setDismissed(result);
      if (result.ok) router.refresh();
    });
  }

  useShortcutKeys({
    ...Object.fromEntries(
      VERDICT_SCALE.map((v, i) => [
        v.key,
        () => {
          setVerdict(v.value);
          verdictRefs.current[i]?.focus();
        },
      ]),
    ),
    u: uphold,
    x: dismiss,
  });

  const submitOnCtrlEnter = (submit: () => void) => (event: React.KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
    if (event.key === "Escape") (event.target as HTMLElement).blur();
  };

  return (
    <div className="decision-forms">
      <form
        className="panel"
        aria-labelledby="uphold-heading"
        onSubmit={(e) => {
          e.preventDefault();
          uphold();
        }}
      >
        <h2 id="uphold-heading">
          Uphold the dispute <kbd>u</kbd>
        </h2>
        <fieldset className="verdicts">
          <legend>Verdict</legend>
          {VERDICT_SCALE.map((v, i) => (
            <label key={v.value} className={`verdict-choice verdict--${v.value}`}>
              <input
                ref={(el) => {
                  verdictRefs.current[i] = el;
                }}
                type="radio"
                name="verdict"
                value={v.value}
                checked={verdict === v.value}
                onChange={() => setVerdict(v.value)}
              />
              {v.label} <kbd>{v.key}</kbd>
            </label>
          ))}
        </fieldset>
        {fieldError(upheld, "verdict") && (
          <p className="field-error">{fieldError(upheld, "verdict")}</p>
        )}
        <div className="field">
          <label htmlFor="explanation">Public explanation</label>
          <textarea
            id="explanation"
            ref={explanationRef}
            value={explanation}
            onChange={(e) => setExplanation(e.target.value)}
            onKeyDown={submitOnCtrlEnter(uphold)}
            aria-describedby="explanation-hint"
            aria-invalid={!!fieldError(upheld, "explanation")}
          />
          <p id="explanation-hint" className="muted small">
            Readers see this with the verdict. Ctrl+Enter to submit.
          </p>
          {fieldError(upheld, "explanation") && (
            <p className="field-error">{fieldError(upheld, "explanation")}</p>
          )}
        </div>
        <ActionMessage
          result={upheld}
          success={`Decided: ${verdict ? VERDICT_LABELS[verdict] : ""}.`}
        />
        <button type="submit" className="primary" disabled={pending}>
          Uphold with verdict
        </button>
      </form>

      <form
        className="panel"
        aria-labelledby="dismiss-heading"
        onSubmit={(e) => {
          e.preventDefault();
          dismiss();
        }}
      >
        <h2 id="dismiss-heading">
          Dismiss the dispute <kbd>x</kbd>
        </h2>
        <p className="muted small">The claim goes back to verified.</p>
        <div className="field">
          <label htmlFor="dismiss-note">Note</label>
          <textarea
            id="dismiss-note"
            ref={noteRef}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={submitOnCtrlEnter(dismiss)}
            aria-invalid={!!fieldError(dismissed, "note")}
          />
          {fieldError(dismissed, "note") && (
            <p className="field-error">{fieldError(dismissed, "note")}</p>
          )}
        </div>
        <ActionMessage result={dismissed} success="Dismissed: the claim is verified again." />
        <button type="submit" disabled={pending}>
          Dismiss
        </button>
      </form>
    </div>
  );
}
