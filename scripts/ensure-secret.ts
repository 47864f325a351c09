import { resolveAuthSecret, SECRET_FILE } from "@/lib/auth/secret";
import fs from "node:fs";

// Demo runs need no manual step: a missing secret is generated once into a git-ignored file.
const existed = Boolean(process.env.AUTH_SECRET) || fs.existsSync(SECRET_FILE);
resolveAuthSecret({ generate: true });
console.log(
  existed ? "Auth secret: present." : `Auth secret: generated into ${SECRET_FILE} (git-ignored).`,
);
