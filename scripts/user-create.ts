import readline from "node:readline";
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db";
import { createUser } from "@/db/services/users";
import { DomainError } from "@/lib/domain-error";
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
  try {
    const { id } = await createUser(getDb(), null, parsed.data, { via: "cli" });
    console.log(`Created ${parsed.data.role} ${parsed.data.email} (#${id}).`);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(error.message);
    return 1;
  }
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
