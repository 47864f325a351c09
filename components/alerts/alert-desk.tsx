"use client";

import { useRef, useState } from "react";
import type { AlertView } from "@/db/queries/alerts";
import { dismissAlert, resolveAlert } from "@/app/(app)/review/alerts/actions";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { useSubmit } from "@/components/ui/use-submit";
import { FormMessage } from "@/components/ui/form-message";
import { AlertPair } from "./alert-pair";

/**
 * The editors' alert desk: one card per open alert. j / k open the next or previous pair; on the open
 * pair, l links the two figures (with the proposed relation) and closes the alert, d dismisses it.
 */
export function AlertDesk({ alerts, canClose }: { alerts: AlertView[]; canClose: boolean }) {
  const [openId, setOpenId] = useState<number | null>(alerts[0]?.id ?? null);
  const { run, pending, result } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const cards = useRef(new Map<number, HTMLLIElement>());
  const open = alerts.find((a) => a.id === openId) ?? alerts[0];

  function focus(id: number) {
    setOpenId(id);
    const card = cards.current.get(id);
    card?.focus();
    card?.scrollIntoView({ block: "nearest" });
  }
  function move(step: number) {
    if (!alerts.length) return;
    const at = open ? alerts.indexOf(open) : -1;
    const next = alerts[Math.min(alerts.length - 1, Math.max(0, at + step))];
    if (next) focus(next.id);
  }
  function close(alert: AlertView | undefined, how: "link" | "dismiss") {
    if (!alert || !canClose || pending) return;
    const action = how === "link" ? resolveAlert : dismissAlert;
    void run(
      () => action({ alertId: alert.id, version: alert.version }),
      () => {
        setDone(
          how === "link"
            ? `Linked ${alert.fresh.quote} to ${alert.watched.quote}; the alert is closed.`
            : "Alert dismissed.",
        );
        const rest = alerts.filter((a) => a.id !== alert.id);
        const after = rest[Math.min(alerts.indexOf(alert), rest.length - 1)];
        if (after) setOpenId(after.id);
      },
    );
  }
  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    l: canClose ? () => close(open, "link") : undefined,
    d: canClose ? () => close(open, "dismiss") : undefined,
  });

  return (
    <>
      <p className="muted small">
        <kbd>j</kbd>/<kbd>k</kbd> open the next or previous pair
        {canClose && (
          <>
            ; <kbd>l</kbd> links the open pair and closes its alert, <kbd>d</kbd> dismisses it
          </>
        )}
        .
      </p>
      <div aria-live="polite">
        <FormMessage result={result} success={done} testId="alert-message" />
      </div>
      {alerts.length === 0 ? (
        <p className="card">No open alerts: no new figure departs from a watched one.</p>
      ) : (
        <ol className="alert-list" aria-label="Open alerts">
          {alerts.map((alert) => {
            const isOpen = alert.id === open?.id;
            return (
              <li
                key={alert.id}
                ref={(el) => {
                  if (el) cards.current.set(alert.id, el);
                  else cards.current.delete(alert.id);
                }}
                className="alert-card card"
                data-testid="alert-card"
                data-open={isOpen || undefined}
                aria-current={isOpen || undefined}
                aria-label={`${alert.fresh.articleTitle}: ${alert.fresh.quote} against ${alert.watched.quote}`}
                tabIndex={-1}
                onFocus={() => setOpenId(alert.id)}
                onClick={() => setOpenId(alert.id)}
              >
                <AlertPair alert={alert} />
                <p className="muted small alert-reason">{alert.reason}</p>
                {canClose && (
                  <div className="alert-actions">
                    <button
                      type="button"
                      className="primary"
                      disabled={pending}
                      onClick={() => close(alert, "link")}
                    >
                      Link and close {isOpen && <kbd>l</kbd>}
                    </button>
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => close(alert, "dismiss")}
                    >
                      Dismiss {isOpen && <kbd>d</kbd>}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
