import crypto from "node:crypto";
import { promisify } from "node:util";
import { z } from "zod";

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

import { MIN_PASSWORD_LENGTH } from "./password-rules";

// scrypt is memory-hard, so guessing stays slow even on GPUs. OWASP's parameters: N=2^17, r=8, p=1,
// which needs 128 * N * r = 128 MiB a hash; Node refuses above its 32 MiB default `maxmem`, so it is
// raised, with headroom, to what the largest accepted N needs.
const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
const MAX_N = 2 ** 18;
const maxmemFor = (N: number, r: number) => 2 * 128 * N * r;
const KEY_LENGTH = 32;

export { MIN_PASSWORD_LENGTH };

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.")
  .refine(
    (p) => new Set(p).size >= 4,
    "Use a less repetitive password (at least 4 different characters).",
  );

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, {
    ...PARAMS,
    maxmem: maxmemFor(PARAMS.N, PARAMS.r),
  });
  return [
    "scrypt",
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString("base64"),
    key.toString("base64"),
  ].join("$");
}

interface StoredHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  // Only sane parameters: a hash is never a way to make the server spend a gigabyte.
  if (!Number.isInteger(params.N) || params.N < 2 || params.N > MAX_N) return null;
  if (params.r !== 8 || params.p < 1 || params.p > 4) return null;
  return { ...params, salt: Buffer.from(salt, "base64"), key: Buffer.from(key, "base64") };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const hash = parseHash(stored);
  if (!hash || hash.key.length === 0) return false;
  const actual = await scrypt(password.normalize("NFKC"), hash.salt, hash.key.length, {
    N: hash.N,
    r: hash.r,
    p: hash.p,
    maxmem: maxmemFor(hash.N, hash.r),
  });
  return crypto.timingSafeEqual(actual, hash.key);
}

/** True for a hash made with weaker parameters than today's: it is replaced at the next sign-in. */
export function needsRehash(stored: string): boolean {
  const hash = parseHash(stored);
  return !hash || hash.N < PARAMS.N || hash.r !== PARAMS.r || hash.p !== PARAMS.p;
}

// Verifying against this keeps an unknown email as slow as a wrong password.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("tally-timing-equaliser");
  return dummyHash;
}
