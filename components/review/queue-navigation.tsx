"use client";

import { useRef } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { UPHOLD_SCALE } from "./verdicts";

/** ] / [ move through the queue; ? opens the list of shortcuts (a native dialog: focus trap and Esc for free). */
export function QueueNavigation({
  previousHref,
  nextHref,
}: {
  previousHref: string | null;
  nextHref: string | null;
}) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  useShortcuts({
    "]": () => (nextHref ? router.push(nextHref) : false),
    "[": () => (previousHref ? router.push(previousHref) : false),
    "?": () => dialog.current?.showModal(),
  });
  return (
    <nav className="queue-nav" aria-label="Queue">
      {previousHref ? (
        <Link href={previousHref} rel="prev">
          ← Previous <kbd>[</kbd>
        </Link>
      ) : (
        <span className="muted">Start of the queue</span>
      )}
      <Link href="/review">Queue</Link>
      {nextHref ? (
        <Link href={nextHref} rel="next">
          Next <kbd>]</kbd> →
        </Link>
      ) : (
        <span className="muted">End of the queue</span>
      )}
      <button type="button" className="link" onClick={() => dialog.current?.showModal()}>
        Shortcuts <kbd>?</kbd>
      </button>
      <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        <dl className="facts">
          {UPHOLD_SCALE.map((v) => (
            <div key={v.key} className="contents">
              <dt>
                <kbd>{v.key}</kbd>
              </dt>
              <dd>Verdict: {v.label}</dd>
            </div>
          ))}
          <dt>
            <kbd>u</kbd>
          </dt>
          <dd>Uphold the dispute with the chosen verdict</dd>
          <dt>
            <kbd>x</kbd>
          </dt>
          <dd>Dismiss the dispute</dd>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </dt>
          <dd>Submit from a text field</dd>
          <dt>
            <kbd>]</kbd> / <kbd>[</kbd>
          </dt>
          <dd>Next / previous claim in the queue</dd>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>This list</dd>
        </dl>
        <form method="dialog">
          <button type="submit" autoFocus>
            Close
          </button>
        </form>
      </dialog>
    </nav>
  );
}
