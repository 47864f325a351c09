/** Shared with the browser (forms show it), so it lives apart from the node-only hashing code. */
export const MIN_PASSWORD_LENGTH = 10;
