import type { SpecDefinition } from "@/lib/specs";
import { specFieldName, type SpecFieldValues } from "@/lib/listings/form";
import { FieldError, describedBy, inputClass, specIds } from "./field-parts";

// Where one value comes from: vendor-stated, or a datasheet with its URL and page. The URL is a plain text input
// (not type=url) so a draft with a half-typed URL can still be saved; the check reports it.
export function SourceFields({ def, values, error }: { def: SpecDefinition; values: SpecFieldValues; error?: string }) {
  const ids = specIds(def.key);
  const name = (part: "source" | "url" | "page") => specFieldName(def.key, part);
  const invalid = error ? true : undefined;
  return (
    <fieldset className="mt-2 rounded border border-slate-200 px-2 pb-2 pt-1 text-sm" data-testid={`source-${def.key}`}
      aria-describedby={describedBy(error && ids.sourceError)}>
      <legend className="px-1 text-xs font-semibold text-slate-700">
        Source <span className="sr-only">of {def.label}</span>
      </legend>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="flex items-center gap-1">
          <input type="radio" name={name("source")} value="vendor_stated" defaultChecked={values.source !== "datasheet"} />
          Vendor-stated
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name={name("source")} value="datasheet" defaultChecked={values.source === "datasheet"} />
          Datasheet
        </label>
        <span className="flex items-center gap-1">
          <label htmlFor={ids.url} className="text-xs text-slate-700">
            Datasheet URL <span className="sr-only">for {def.label}</span>
          </label>
          <input id={ids.url} name={name("url")} type="text" inputMode="url" autoComplete="off" placeholder="https://…"
            defaultValue={values.url} aria-invalid={invalid} aria-describedby={describedBy(error && ids.sourceError)}
            className={`${inputClass} w-64`} />
        </span>
        <span className="flex items-center gap-1">
          <label htmlFor={ids.page} className="text-xs text-slate-700">
            Page <span className="sr-only">for {def.label}</span>
          </label>
          <input id={ids.page} name={name("page")} type="text" autoComplete="off" defaultValue={values.page}
            aria-invalid={invalid} aria-describedby={describedBy(error && ids.sourceError)} className={`${inputClass} w-16`} />
        </span>
      </div>
      <FieldError id={ids.sourceError} testId={`error-${def.key}-source`} message={error} />
    </fieldset>
  );
}
