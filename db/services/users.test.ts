import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain-error";
import { throttleKeys } from "@/lib/auth/throttle";
import { createTestDb, insertTestUsers, type TestDb } from "@/tests/test-db";
import { changeOwnPassword, changeUserRole, resetUserPassword, setUserDisabled } from "./users";

let t: TestDb;
let users: ReturnType<typeof insertTestUsers>;
beforeEach(() => {
  t = createTestDb();
  users = insertTestUsers(t.db);
});
afterEach(() => t.close());

const admin = () => ({ id: users.admin.id, role: "admin" as const });
const row = (id: number) =>
  t.sqlite
    .prepare("select role, disabled_at, version, session_version from users where id = ?")
    .get(id) as {
    role: string;
    disabled_at: number | null;
    version: number;
    session_version: number;
  };
const audit = () =>
  t.sqlite
    .prepare("select action, entity_id, before_json, after_json from audit_events order by id")
    .all();
function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected the service to refuse");
}

describe("an admin's change to an account", () => {
  it("changes a role at the version seen, ends the user's sessions and records old and new role", () => {
    const before = row(users.checker.id);
    const user = changeUserRole(t.db, admin(), {
      userId: users.checker.id,
      version: before.version,
      role: "editor",
    });
    expect(user.role).toBe("editor");
    expect(row(users.checker.id)).toMatchObject({
      role: "editor",
      version: before.version + 1,
      session_version: before.session_version + 1,
    });
    expect(audit()).toEqual([
      {
        action: "user.role_changed",
        entity_id: users.checker.id,
        before_json: '{"role":"checker"}',
        after_json: '{"role":"editor"}',
      },
    ]);
  });

  it("disables and enables again; enabling does not bring old sessions back", () => {
    const v = row(users.editor.id).version;
    setUserDisabled(t.db, admin(), { userId: users.editor.id, version: v, disabled: true });
    const disabled = row(users.editor.id);
    expect(disabled.disabled_at).not.toBeNull();
    setUserDisabled(t.db, admin(), { userId: users.editor.id, version: v + 1, disabled: false });
    expect(row(users.editor.id)).toMatchObject({
      disabled_at: null,
      session_version: disabled.session_version,
    });
    expect(audit()).toEqual([
      expect.objectContaining({ action: "user.disabled", before_json: null, after_json: null }),
      expect.objectContaining({ action: "user.enabled" }),
    ]);
  });

  it("refuses a stale version with who the user is now, and saves nothing", () => {
    const v = row(users.checker.id).version;
    changeUserRole(t.db, admin(), { userId: users.checker.id, version: v, role: "editor" });
    const stale = refusal(() =>
      setUserDisabled(t.db, admin(), { userId: users.checker.id, version: v, disabled: true }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/now editor\)/);
    expect(row(users.checker.id).disabled_at).toBeNull();
    expect(audit()).toHaveLength(1);
  });

  it("never leaves the app without an active admin, and refuses a user that is gone", () => {
    const v = row(users.admin.id).version;
    const other = { id: users.editor.id, role: "admin" as const };
    expect(
      refusal(() =>
        changeUserRole(t.db, other, { userId: users.admin.id, version: v, role: "editor" }),
      ).message,
    ).toBe("This is the last active admin: make another admin first.");
    expect(
      refusal(() =>
        setUserDisabled(t.db, other, { userId: users.admin.id, version: v, disabled: true }),
      ).message,
    ).toBe("This is the last active admin: it cannot be disabled.");
    expect(
      refusal(() =>
        setUserDisabled(t.db, admin(), { userId: users.admin.id, version: v, disabled: true }),
      ).message,
    ).toBe("You cannot disable your own account.");
    expect(
      refusal(() => changeUserRole(t.db, admin(), { userId: 9999, version: 1, role: "editor" }))
        .status,
    ).toBe(404);
    expect(row(users.admin.id)).toMatchObject({ role: "admin", disabled_at: null, version: v });
    expect(audit()).toEqual([]);
  });
});

describe("a new password ends every session of its user", () => {
  it("an admin's reset and the user's own change each bump the session version", async () => {
    const before = row(users.checker.id);
    await resetUserPassword(t.db, admin(), {
      userId: users.checker.id,
      password: "reset-by-admin-1",
    });
    const reset = row(users.checker.id);
    expect(reset.session_version).toBe(before.session_version + 1);
    await changeOwnPassword(
      t.db,
      { id: users.checker.id, role: "checker", version: reset.version },
      {
        currentPassword: "reset-by-admin-1",
        newPassword: "chosen-by-me-22",
        confirmPassword: "chosen-by-me-22",
      },
      throttleKeys("checker@test.test", null),
    );
    expect(row(users.checker.id).session_version).toBe(before.session_version + 2);
    expect(audit()).toEqual([
      expect.objectContaining({ action: "user.password_reset", entity_id: users.checker.id }),
      expect.objectContaining({ action: "user.password_changed", entity_id: users.checker.id }),
    ]);
  }, 60_000);

  it("a wrong current password changes nothing, the session version included", async () => {
    const before = row(users.editor.id);
    const refused = await changeOwnPassword(
      t.db,
      { id: users.editor.id, role: "editor", version: before.version },
      {
        currentPassword: "not-the-password",
        newPassword: "x-new-pass-1",
        confirmPassword: "x-new-pass-1",
      },
      throttleKeys("editor@test.test", null),
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(row(users.editor.id)).toEqual(before);
  }, 60_000);
});
