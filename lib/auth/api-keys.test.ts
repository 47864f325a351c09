import { describe, expect, it } from "vitest";
import { judgeApiKey, type PresentedKey } from "./api-keys";

const now = Date.UTC(2026, 0, 10);
const key = (over: Partial<PresentedKey<{ id: number }>> = {}): PresentedKey<{ id: number }> => ({
  scope: "read",
  expiresAt: now + 1000,
  revokedAt: null,
  owner: { id: 7, disabledAt: null },
  ...over,
});

describe("judgeApiKey", () => {
  it("lets a live read key read, and only a write key write", () => {
    expect(judgeApiKey(key(), { write: false, now }).ok).toBe(true);
    expect(judgeApiKey(key(), { write: true, now })).toMatchObject({ ok: false, status: 403 });
    expect(judgeApiKey(key({ scope: "write" }), { write: true, now }).ok).toBe(true);
  });
  it("refuses unknown, revoked, expired keys and keys of a disabled owner, saying which", () => {
    expect(judgeApiKey(null, { write: false, now })).toMatchObject({ status: 401 });
    expect(judgeApiKey(key({ revokedAt: 1 }), { write: false, now })).toMatchObject({
      status: 401,
      error: expect.stringMatching(/revoked/),
    });
    expect(judgeApiKey(key({ expiresAt: now }), { write: false, now })).toMatchObject({
      status: 401,
      error: expect.stringMatching(/expired on 2026-01-10/),
    });
    expect(
      judgeApiKey(key({ owner: { id: 7, disabledAt: 5 } }), { write: false, now }),
    ).toMatchObject({ status: 401, error: expect.stringMatching(/disabled/) });
  });
  it("keeps keys made before expiry existed working", () => {
    expect(judgeApiKey(key({ expiresAt: null }), { write: false, now }).ok).toBe(true);
  });
});
