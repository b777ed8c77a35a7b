"use client";

import { useActionState } from "react";
import { decideListing, type ActionState } from "@/app/admin/actions";

const initial: ActionState = { ok: true };

const buttonClass = "rounded px-4 py-2 font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-2 disabled:opacity-60";

// The moderator's decision on one revision: approve, or reject / request changes with a reason the vendor sees.
// Works without JavaScript; on an error the typed reason stays and the message sits next to the field.
export function DecisionForm({ listingId, version, reasonMax }: { listingId: number; version: number; reasonMax: number }) {
  const [state, formAction, pending] = useActionState(decideListing, initial);
  const reasonError = state.fields?.reason;
  const otherFields = Object.entries(state.fields ?? {}).filter(([field]) => field !== "reason");
  const describedBy = ["decision-reason-hint", reasonError ? "decision-reason-error" : null].filter(Boolean).join(" ");
  return (
    <form action={formAction} className="space-y-3 rounded-lg bg-white p-4 shadow-sm" data-testid="decision-form" aria-busy={pending}>
      <input type="hidden" name="id" value={listingId} />
      <input type="hidden" name="version" value={version} />
      {!state.ok && state.message && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="decision-error">
          <p>{state.message}</p>
          {otherFields.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {otherFields.map(([field, message]) => (
                <li key={field}>
                  <code>{field}</code>: {message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="decision-reason" className="block font-medium">
          Reason
        </label>
        <p id="decision-reason-hint" className="text-xs text-slate-600">
          Required to reject or to request changes; optional when approving. The vendor sees it.
        </p>
        <textarea
          id="decision-reason"
          name="reason"
          rows={4}
          maxLength={reasonMax}
          defaultValue={state.values?.reason ?? ""}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={describedBy}
          className={`w-full rounded border px-2 py-1 ${reasonError ? "border-red-600" : "border-slate-300"}`}
          data-testid="decision-reason"
        />
        {reasonError && (
          <p id="decision-reason-error" className="text-sm text-red-700" data-testid="reason-error">
            {reasonError}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="approved" disabled={pending} className={`${buttonClass} bg-green-700 text-white hover:bg-green-800`}>
          Approve
        </button>
        <button type="submit" name="decision" value="changes_requested" disabled={pending} className={`${buttonClass} bg-amber-700 text-white hover:bg-amber-800`}>
          Request changes
        </button>
        <button type="submit" name="decision" value="rejected" disabled={pending} className={`${buttonClass} bg-red-700 text-white hover:bg-red-800`}>
          Reject
        </button>
      </div>
      <p aria-live="polite" className="sr-only">
        {pending ? "Recording your decision…" : ""}
      </p>
    </form>
  );
}
