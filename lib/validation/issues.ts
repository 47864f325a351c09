/** Zod issues as per-field messages keyed by the dotted path ("source.title"), "_" for the whole input.
 * Not z.flattenError: that keeps only the first path segment, and nested forms (a new source's fields)
 * show their messages under the full path. The one place issues are flattened. */
export function fieldErrorsOf(error: {
  issues: { path: PropertyKey[]; message: string }[];
}): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues)
    (fieldErrors[issue.path.map(String).join(".") || "_"] ??= []).push(issue.message);
  return fieldErrors;
}
