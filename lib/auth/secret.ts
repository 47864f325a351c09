import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Git-ignored file holding the demo run's generated secret. */
export const SECRET_FILE = path.join(process.cwd(), ".auth-secret");

/** AUTH_SECRET from the environment, else the local secret file, else (outside production)
 * a secret generated into that file once. Production with neither refuses to start. */
export function resolveAuthSecret(options: { generate: boolean } = { generate: false }): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (fs.existsSync(SECRET_FILE)) return fs.readFileSync(SECRET_FILE, "utf8").trim();
  if (options.generate) {
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.writeFileSync(SECRET_FILE, secret + "\n", { mode: 0o600 });
    return secret;
  }
  throw new Error(
    "AUTH_SECRET is not set and there is no .auth-secret file. Set AUTH_SECRET (e.g. `openssl rand -base64 32`) " +
      "or run `npm run setup` once to generate a local demo secret.",
  );
}
