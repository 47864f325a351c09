import readline from "node:readline";
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db";
import { users } from "@/db/schema";
import { appendAudit } from "@/db/queries/audit";
import { emailTaken } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { userFieldsSchema } from "@/lib/validation/users";

/** `npm run user:create -- --email E --role admin [--name N]`: a real deployment's first admin.
 * The password comes from stdin (piped) or a prompt, never from the command line, where it would be
 * visible in the process list and shell history. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stderr,
    terminal: true,
  });
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  process.stderr.write("Password: ");
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stderr.write("\n");
  return answer;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "checker" },
      name: { type: "string" },
    },
  });
  const password = await readPassword();
  const parsed = userFieldsSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email?.split("@")[0],
    password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`${issue.path.join(".") || "input"}: ${issue.message}`);
    console.error(
      "Usage: npm run user:create -- --email E --role checker|editor|admin [--name N]  (password on stdin or prompt)",
    );
    return 2;
  }
  const db = getDb();
  if (emailTaken(db, { email: parsed.data.email })) {
    console.error(`A user with ${parsed.data.email} already exists.`);
    return 1;
  }
  const passwordHash = await hashPassword(parsed.data.password);
  const id = db.transaction((tx) => {
    const row = tx
      .insert(users)
      .values({
        email: parsed.data.email,
        name: parsed.data.name,
        role: parsed.data.role,
        passwordHash,
      })
      .returning({ id: users.id })
      .get();
    appendAudit(tx, {
      actorId: null,
      entity: "user",
      entityId: row.id,
      action: "user.created",
      after: { email: parsed.data.email, role: parsed.data.role, via: "cli" },
    });
    return row.id;
  });
  console.log(`Created ${parsed.data.role} ${parsed.data.email} (#${id}).`);
  return 0;
}

main()
  .then((code) => {
    closeDb();
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
