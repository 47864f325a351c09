/** A text field's value from submitted form data ("" when absent; a file field is not text). */
export function fieldText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
