import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/domain";
import type { PersonOption } from "@/lib/validation/people";

/** One choice of a user picker: a person (value = their id) or a fixed choice such as "Nobody". */
export interface PickerChoice {
  value: string;
  label: string;
  /** Shown under the label: a person's email and role. */
  detail?: string;
}

/** A person as a picker lists them. Plain (no "use client"), so a page can make its opening choice. */
export const personChoice = (p: PersonOption): PickerChoice => ({
  value: String(p.id),
  label: p.name,
  detail: `${p.email} · ${ROLE_LABELS[p.role as Role] ?? p.role}`,
});

/** The opening choice of a picker for a stored user id: that person, or null when there is none. */
export function personChoiceOf(person: PersonOption | undefined): PickerChoice | null {
  return person ? personChoice(person) : null;
}
