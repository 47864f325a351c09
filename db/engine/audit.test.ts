import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { createPgTestDb } from "@/tests/pg-test-db";
import { appendAuditOn } from "./audit";
import { pgEngine } from "./pg";
import { sqliteEngine } from "./sqlite";
import type { Engine } from "./types";

// Migrated databases on both engines: the audit log's append-only triggers are the migrations' own.
const engines: [string, () => Promise<{ engine: Engine; close: () => Promise<void> }>][] = [
  [
    "sqlite",
    async () => {
      const t = createTestDb({ onDisk: true });
      const engine = sqliteEngine(t.db, t.sqlite);
      return { engine, close: async () => (await engine.close(), t.close()) };
    },
  ],
  [
    "postgres",
    async () => {
      const t = await createPgTestDb();
      const engine = pgEngine({ url: t.url, max: 2 });
      return { engine, close: async () => (await engine.close(), await t.close()) };
    },
  ],
];

interface Row {
  entity: string;
  entityId: number;
  claimId: number | null;
  action: string;
  afterJson: string | null;
}
const events = async (engine: Engine) =>
  (await engine.reader("primary")).all<Row>(sql`
    select entity, entity_id as "entityId", claim_id as "claimId", action, after_json as "afterJson"
    from audit_events order by id`);

describe.each(engines)("the audit log through the engine on %s", (_name, open) => {
  let engine: Engine;
  let close: () => Promise<void>;
  beforeAll(async () => ({ engine, close } = await open()));
  afterAll(() => close());

  it("commits an event with its write, rolls it back with a failed one, and refuses to change it", async () => {
    const event = {
      actorId: null,
      entity: "setting" as const,
      entityId: 0,
      action: "setting.changed" as const,
      after: { key: "public_claims", value: "1" },
    };
    await engine.write((tx) => appendAuditOn(tx, event));
    await expect(
      engine.write(async (tx) => {
        await appendAuditOn(tx, { ...event, after: { key: "public_claims", value: "0" } });
        throw new Error("refused after the event");
      }),
    ).rejects.toThrow("refused after the event");
    expect(await events(engine)).toEqual([
      {
        entity: "setting",
        entityId: 0,
        claimId: null,
        action: "setting.changed",
        afterJson: JSON.stringify(event.after),
      },
    ]);
    for (const change of [sql`update audit_events set action = 'x'`, sql`delete from audit_events`])
      expect(await refusal(engine.write((tx) => tx.run(change)))).toMatch(/append-only/);
    expect(await events(engine)).toHaveLength(1);
  });
});

/** The error's message with its cause's (Drizzle wraps the driver's error), or "" when nothing threw. */
async function refusal(write: Promise<unknown>): Promise<string> {
  try {
    await write;
    return "";
  } catch (error) {
    const { message, cause } = error as Error;
    return `${message} ${cause instanceof Error ? cause.message : ""}`;
  }
}
