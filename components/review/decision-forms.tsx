"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { Verdict } from "@/lib/domain";
import { dismissClaimDispute, upholdClaimDispute } from "@/app/(app)/review/actions";
import { FieldError, Form, FormMessage, fieldProps } from "@/components/ui/form-message";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { useSubmit } from "@/components/ui/use-submit";
import { UPHOLD_SCALE, VERDICT_LABELS } from "./verdicts";

const TEXT_MAX = 4000;

/**
 * Uphold (a verdict that says what is wrong + public explanation) or dismiss (note) a dispute. Keys: 2–5
 * choose the verdict, u upholds, x dismisses (each focuses its text field first if it is empty); Ctrl+Enter
 * submits from a field. After a decision, focus goes to the next claim of the queue.
 */
export function DecisionForms({ claimId, version }: { claimId: number; version: number }) {
  const router = useRouter();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [explanation, setExplanation] = useState("");
  const [note, setNote] = useState("");
  const upheld = useSubmit();
  const dismissed = useSubmit();
  const pending = upheld.pending || dismissed.pending;
  const upholdRef = useRef<HTMLFormElement>(null);
  const dismissRef = useRef<HTMLFormElement>(null);
  const verdictRefs = useRef<(HTMLInputElement | null)[]>([]);

  const afterDecision = () => {
    router.refresh();
    // The next action is the next claim in the queue (or the queue itself at its end).
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>("a[rel=next], .queue-nav a[href='/review']")?.focus(),
    );
  };
  function uphold() {
    if (pending) return;
    void upheld.run(() => upholdClaimDispute({ claimId, version, verdict, explanation }), {
      form: upholdRef.current,
      onOk: afterDecision,
    });
  }
  function dismiss() {
    if (pending) return;
    void dismissed.run(() => dismissClaimDispute({ claimId, version, note }), {
      form: dismissRef.current,
      onOk: afterDecision,
    });
  }

  useShortcuts({
    ...Object.fromEntries(
      UPHOLD_SCALE.map((v, i) => [
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
      <Form
        ref={upholdRef}
        className="panel"
        aria-labelledby="uphold-heading"
        data-shortcuts="allow"
        onSubmit={(e) => {
          e.preventDefault();
          uphold();
        }}
      >
        <h2 id="uphold-heading">
          Uphold the dispute <kbd>u</kbd>
        </h2>
        <p className="muted small">The claim is wrong in some way: say how.</p>
        <fieldset
          className="verdicts"
          data-field="verdict"
          tabIndex={-1}
          {...fieldProps(upheld.result, "verdict")}
        >
          <legend>Verdict</legend>
          {UPHOLD_SCALE.map((v, i) => (
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
        <FieldError result={upheld.result} name="verdict" />
        <div className="field">
          <label htmlFor="explanation">Public explanation</label>
          <textarea
            id="explanation"
            name="explanation"
            value={explanation}
            maxLength={TEXT_MAX}
            onChange={(e) => setExplanation(e.target.value)}
            onKeyDown={submitOnCtrlEnter(uphold)}
            {...fieldProps(upheld.result, "explanation")}
          />
          <p className="muted small">Readers see this with the verdict. Ctrl+Enter to submit.</p>
          <FieldError result={upheld.result} name="explanation" />
        </div>
        <FormMessage
          result={upheld.result}
          success={`Decided: ${verdict ? VERDICT_LABELS[verdict] : ""}.`}
        />
        <button type="submit" className="primary" disabled={pending}>
          Uphold with verdict
        </button>
      </Form>

      <Form
        ref={dismissRef}
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
        <p className="muted small">The claim is right after all: it stays verified.</p>
        <div className="field">
          <label htmlFor="dismiss-note">Note</label>
          <textarea
            id="dismiss-note"
            name="note"
            value={note}
            maxLength={TEXT_MAX}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={submitOnCtrlEnter(dismiss)}
            {...fieldProps(dismissed.result, "note")}
          />
          <FieldError result={dismissed.result} name="note" />
        </div>
        <FormMessage result={dismissed.result} success="Dismissed: the claim stays verified." />
        <button type="submit" disabled={pending}>
          Dismiss
        </button>
      </Form>
    </div>
  );
}
