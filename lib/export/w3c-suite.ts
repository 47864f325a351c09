import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";

/** The W3C Web Annotation test suite's assertions, compiled with ajv (draft-04, like the suite). */
export function suiteDir(): string {
  return (
    process.env.TALLY_WA_TESTS ?? path.resolve(process.cwd(), "../shared/web-annotation-tests")
  );
}

export interface Assertion {
  file: string;
  title: string;
  errorMessage: string;
  validate: (data: unknown) => boolean;
}

/** The "MUST" assertions listed by annotations/annotationMusts.test. */
export function loadMustAssertions(dir = suiteDir()): Assertion[] {
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
  // The suite uses the uri and date-time formats; ajv ships none, so define them as the spec reads them.
  ajv.addFormat("uri", {
    type: "string",
    validate: (s: string) => /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/.test(s),
  });
  ajv.addFormat("date-time", {
    type: "string",
    validate: (s: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
  });
  for (const file of fs
    .readdirSync(path.join(dir, "definitions"))
    .filter((f) => f.endsWith(".json"))) {
    ajv.addSchema(
      JSON.parse(fs.readFileSync(path.join(dir, "definitions", file), "utf8")) as object,
    );
  }
  const list = JSON.parse(
    fs.readFileSync(path.join(dir, "annotations", "annotationMusts.test"), "utf8"),
  ) as { assertions: string[] };
  return list.assertions.map((file) => {
    const schema = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as {
      title: string;
      errorMessage: string;
      expectedResult?: string;
    };
    const validate = ajv.compile(schema);
    const wantValid = (schema.expectedResult ?? "valid") === "valid";
    return {
      file,
      title: schema.title,
      errorMessage: schema.errorMessage,
      validate: (data) => validate(data) === wantValid,
    };
  });
}
