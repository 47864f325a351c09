import { describe, expect, it } from "vitest";
import { hashPassword, passwordSchema, verifyPassword } from "./password";

describe("passwords", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
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
