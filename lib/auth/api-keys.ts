import crypto from "node:crypto";

export const API_KEY_PREFIX = "tly_";

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = API_KEY_PREFIX + crypto.randomBytes(24).toString("base64url");
  return { key, prefix: key.slice(0, API_KEY_PREFIX.length + 6), hash: hashApiKey(key) };
}

// Keys are long and random, so a fast hash is enough: there is nothing to brute-force.
export function hashApiKey(key: string): string {
  return crypto.createHash("sha256").update(key).digest("hex");
}
