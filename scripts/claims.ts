import { readFileSync } from "node:fs";
import { detectClaims } from "@/lib/claims/detect";

/** `npm run claims -- FILE|-`: prints the detected claims as a JSON array on stdout, nothing else. */
function main(argv: string[]): number {
  const source = argv[0];
  if (!source || argv.length > 1) {
    process.stderr.write("usage: claims FILE (or - for stdin)\n");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(source === "-" ? 0 : source, "utf8");
  } catch (error) {
    process.stderr.write(`claims: cannot read ${source}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(detectClaims(text), null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
