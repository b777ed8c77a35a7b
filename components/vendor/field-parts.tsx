// Small pieces shared by the vendor form's fields: element ids, error text and control styles.

export const inputClass =
  "rounded border border-slate-400 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50";
export const selectClass = `${inputClass} pr-6`;

/** The element ids of one spec's inputs and messages, so labels and aria-describedby line up. */
export function specIds(key: string) {
  const base = `spec-${key}`;
  return {
    value: `${base}-value`,
    unit: `${base}-unit`,
    min: `${base}-min`,
    max: `${base}-max`,
    url: `${base}-url`,
    page: `${base}-page`,
    help: `${base}-help`,
    error: `${base}-error`,
    sourceError: `${base}-source-error`,
  };
}

// The space-separated ids for aria-describedby, leaving out the missing ones.
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(" ") : undefined;
}

// A field's error message, linked from its inputs by id; `testId` is the e2e handle (error-<field>).
export function FieldError({ id, testId, message }: { id: string; testId: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-red-700" data-testid={testId}>
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

// A field's help text from the registry.
export function FieldHelp({ id, text }: { id: string; text: string }) {
  return text ? (
    <p id={id} className="text-xs text-slate-600">
      {text}
    </p>
  ) : null;
}
