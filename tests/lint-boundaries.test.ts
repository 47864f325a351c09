import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

// The project's own config, with the typed rules off so no TypeScript program is built: only the
// import boundaries are under test here (the full, typed lint runs in `npm run lint`).
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("layer boundaries", { timeout: 60_000 }, () => {
  it("refuses the database in lib/", async () => {
    const found = await messages(
      "lib/format.ts",
      'import { getDb } from "@/db";\nexport const db = getDb;\n',
    );
    expect(found.join("\n")).toMatch(/no-restricted-imports: .*lib\/ is pure \(no database\)/);
  });

  it("refuses drizzle outside db/", async () => {
    const found = await messages(
      "app/(app)/page.tsx",
      'import { eq } from "drizzle-orm";\nexport const x = eq;\n',
    );
    expect(found.join("\n")).toMatch(/Database code lives in db\//);
  });

  it('refuses db/ in a "use client" component, even from a page folder', async () => {
    const found = await messages(
      "components/article/claim-panel.tsx",
      '"use client";\nimport { CLAIM_STATUSES } from "@/db/schema";\nexport const s = CLAIM_STATUSES;\n',
    );
    expect(found.join("\n")).toMatch(/"use client" module must not import @\/db\/schema/);
  });

  it("lets db/ use drizzle and lib/", async () => {
    const found = await messages(
      "db/queries/settings.ts",
      'import { eq } from "drizzle-orm";\nimport { ROLES } from "@/lib/domain";\nexport const x = [eq, ROLES];\n',
    );
    expect(found.filter((m) => m.includes("restricted"))).toEqual([]);
  });
});
