import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { hashPassword, needsRehash, passwordSchema, verifyPassword } from "./password";

// OWASP's scrypt parameters cost ~0.4 s a hash on an idle core, several seconds on a busy one.
describe("passwords", { timeout: 60_000 }, () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
  });
  it("still verifies an older, weaker hash, and marks it for rehashing", async () => {
    const salt = crypto.randomBytes(16);
    const key = crypto.scryptSync("older password 1", salt, 32, {
      N: 32768,
      r: 8,
      p: 1,
      maxmem: 64 * 1024 * 1024,
    });
    const old = ["scrypt", 32768, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
    expect(await verifyPassword("older password 1", old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
  });
  it("refuses a hash with absurd parameters instead of spending the memory", async () => {
    expect(await verifyPassword("x", "scrypt$1073741824$8$1$AAAA$AAAA")).toBe(false);
  });
  it("salts: the same password hashes differently", async () => {
    expect(await hashPassword("same password 1")).not.toBe(await hashPassword("same password 1"));
  });
  it("explains a weak password", () => {
    const short = passwordSchema.safeParse("short");
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toMatch(/at least 10 characters/);
    expect(passwordSchema.safeParse("aaaaaaaaaaaa").success).toBe(false);
  });
});
