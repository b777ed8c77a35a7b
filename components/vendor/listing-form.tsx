"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { createListingAction, saveListingAction } from "@/app/vendor/actions";
import type { ListingDraft } from "@/lib/listings";
import { specFieldValues } from "@/lib/listings/form";
import { getSpec, groupSpecs, specsOfCategory } from "@/lib/specs";
import { ConflictPanel } from "./conflict-panel";
import { FieldError, describedBy, inputClass } from "./field-parts";
import { initialListingState } from "./form-states";
import { SpecField } from "./spec-fields";

interface ListingFormProps {
  mode: "create" | "edit";
  categorySlug: string;
  listingId?: number;
  /** The snapshot to start from (the latest revision when editing), its listing version and its problems. */
  initial: { draft: ListingDraft; version: number; errors: Record<string, string> };
}

const baseFields = [
  { key: "name", label: "Product name", hint: "As the manufacturer names it, e.g. “Edge 8-port PoE switch”." },
  { key: "modelNumber", label: "Model number", hint: "The orderable part number." },
  { key: "summary", label: "Summary", hint: "One or two sentences for the product page (optional)." },
] as const;

// The words a person sees for an error key: the field's label ("Source of PoE budget"), not its key.
function labelOf(field: string): string {
  const spec = /^specs\.([^.]+)(\.source)?$/.exec(field);
  if (!spec) return baseFields.find((f) => f.key === field)?.label ?? field;
  const label = getSpec(spec[1])?.label ?? spec[1];
  return spec[2] ? `Source of ${label}` : label;
}

// Where an error key points in the form, for the error summary's links.
function anchorOf(field: string): string {
  const spec = /^specs\.([^.]+)(\.source)?$/.exec(field);
  if (!spec) return `listing-${field}`;
  return spec[2] ? `spec-${spec[1]}-url` : `field-${spec[1]}`;
}

// The vendor's listing form, generated from the spec registry: fields grouped by the registry's groups, a unit
// selector on quantities, a source per value. "Save draft" keeps anything typed (errors shown per field);
// "Submit for review" goes through only when every entry is valid. What was typed is shown again after any error,
// and a save against a newer version opens the conflict panel.
export function ListingForm({ mode, categorySlug, listingId, initial }: ListingFormProps) {
  const router = useRouter();
  const action = mode === "create" ? createListingAction : saveListingAction;
  const [state, formAction, pending] = useActionState(action, initialListingState);
  const [discardedSeq, setDiscardedSeq] = useState(-1);
  const summary = useRef<HTMLDivElement>(null);
  const active = state.seq > 0 && state.seq > discardedSeq ? state : null;
  const draft = active?.values ?? initial.draft;
  const version = active?.version ?? initial.version;
  const errors = active ? active.fields : initial.errors;
  const errorKeys = Object.keys(errors);

  useEffect(() => {
    if (state.seq > 0) summary.current?.focus();
  }, [state.seq]);

  function discardEdits() {
    setDiscardedSeq(state.seq);
    router.refresh();
  }

  const groups = groupSpecs(specsOfCategory(categorySlug));
  return (
    <form key={`${active?.seq ?? "initial"}-${version}`} action={formAction} noValidate className="space-y-6"
      data-testid="listing-form" aria-busy={pending}>
      <input type="hidden" name="category" value={categorySlug} />
      {listingId !== undefined && <input type="hidden" name="listingId" value={listingId} />}
      <input type="hidden" name="version" value={version} />

      <div ref={summary} tabIndex={-1} className="space-y-2 outline-none" data-testid="form-status">
        {active?.message && (
          <div role={active.ok ? "status" : "alert"}
            className={`rounded border px-3 py-2 text-sm ${active.ok && errorKeys.length === 0 ? "border-green-300 bg-green-50 text-green-900" : "border-amber-300 bg-amber-50 text-amber-900"}`}>
            {active.message}
          </div>
        )}
        {errorKeys.length > 0 && !active?.conflict && (
          <nav aria-label="Fields to fix" className="rounded border border-red-200 bg-white px-3 py-2 text-sm" data-testid="error-summary">
            <p className="font-semibold text-red-800">
              {errorKeys.length} {errorKeys.length === 1 ? "field needs" : "fields need"} attention:
            </p>
            <ul className="list-disc pl-5">
              {errorKeys.map((field) => (
                <li key={field}>
                  <a href={`#${anchorOf(field)}`} className="text-red-800 underline">
                    {labelOf(field)}
                  </a>
                  : {errors[field]}
                </li>
              ))}
            </ul>
          </nav>
        )}
        {active?.conflict && <ConflictPanel conflict={active.conflict} onDiscard={discardEdits} pending={pending} />}
      </div>

      <fieldset className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <legend className="px-1 text-lg font-semibold">Product</legend>
        {baseFields.map((f) => {
          const id = `listing-${f.key}`;
          const error = errors[f.key];
          const props = {
            id,
            name: f.key,
            defaultValue: draft[f.key] ?? "",
            "aria-invalid": error ? (true as const) : undefined,
            "aria-describedby": describedBy(error && `${id}-error`, `${id}-hint`),
            className: `${inputClass} w-full max-w-xl`,
          };
          return (
            <div key={f.key} className="space-y-1" data-testid={`field-${f.key}`}>
              <label htmlFor={id} className="block text-sm font-semibold">
                {f.label}
              </label>
              {f.key === "summary" ? <textarea rows={3} {...props} /> : <input type="text" autoComplete="off" {...props} />}
              <FieldError id={`${id}-error`} testId={`error-${f.key}`} message={error} />
              <p id={`${id}-hint`} className="text-xs text-slate-600">
                {f.hint}
              </p>
            </div>
          );
        })}
      </fieldset>

      {groups.map((group) => (
        <fieldset key={group.key} className="rounded-lg bg-white p-4 shadow-sm" data-testid={`group-${group.key}`}>
          <legend className="px-1 text-lg font-semibold">{group.label}</legend>
          {group.specs.map((def) => (
            <SpecField key={def.key} def={def} values={specFieldValues(def, draft.specs?.[def.key])}
              error={errors[`specs.${def.key}`]} sourceError={errors[`specs.${def.key}.source`]} />
          ))}
        </fieldset>
      ))}

      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
        <button type="submit" name="intent" value="save" disabled={pending}
          className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 disabled:opacity-60">
          Save draft
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
          Submit for review
        </button>
        <span className="text-sm text-slate-600" aria-live="polite">
          {pending ? "Saving…" : "Drafts may hold invalid values; submitting needs every entry valid."}
        </span>
      </div>
    </form>
  );
}
