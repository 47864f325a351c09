export { detectClaims } from "./detect";
export type { Change, DetectedClaim, ClaimKind, Qualifier } from "./types";
export { CHANGES, QUALIFIERS, CLAIM_KINDS } from "./types";
