export { detectClaims } from "./detect";
export type { DetectedClaim, ClaimKind, Qualifier } from "./types";
export { QUALIFIERS, CLAIM_KINDS } from "./types";
