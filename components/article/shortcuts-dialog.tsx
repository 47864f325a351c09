"use client";

import { useEffect, useRef } from "react";

export const SHORTCUTS: [string, string][] = [
  ["j / k", "Next / previous claim"],
  ["u", "Next unchecked claim"],
  ["Enter", "Open the focused claim"],
  ["p", "Into the claim panel, and back to the claim"],
  ["v", "Verify the claim"],
  ["d", "Dispute the claim (a reason is required)"],
  ["e", "Correct the detection"],
  ["r", "Reject the detection (z undoes)"],
  ["t", "Timeline of this figure"],
  ["g", "Suggested links (then c confirms, x dismisses, and on to the next)"],
  ["z", "Undo the last verify, dispute, reject or confirm"],
  ["n", "New note"],
  ["s", "Add a source"],
  ["l", "Link to another claim"],
  [
    "m",
    "Make a claim from the selected text (select with the mouse, or with the keyboard after F7 turns on caret browsing)",
  ],
  ["Ctrl+Enter", "Save the open form"],
  ["Esc", "Close the open form; from the panel, back to the claim"],
  ["?", "Show these shortcuts"],
];

/** The keyboard shortcuts, in a modal <dialog> (focus is trapped and Esc closes it natively). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="ws-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="ws-shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
