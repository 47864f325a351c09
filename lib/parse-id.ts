/** A row id from a URL segment: digits only (no signs, spaces, exponents), at most 12 of them. */
export function parseId(raw: string): number | null {
  return /^\d{1,12}$/.test(raw) ? Number(raw) : null;
}
