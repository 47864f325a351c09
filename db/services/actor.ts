import type { Role } from "@/lib/domain";

/** Who is doing it: every service takes the acting user, re-read from the database by the guard. */
export interface Actor {
  id: number;
  role: Role;
}

/** Scripts and imports run by the system itself (no signed-in user). */
export const SYSTEM: null = null;
