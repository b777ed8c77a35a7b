"use client";

import { useActionState } from "react";
import { createOrganizationAction } from "@/app/vendor/actions";
import { FieldError, describedBy, inputClass } from "./field-parts";
import { initialOrganizationState } from "./form-states";

// Creates the vendor organization of a signed-in vendor who has none yet (when sign-up could not create it).
export function OnboardingForm() {
  const [state, formAction, pending] = useActionState(createOrganizationAction, initialOrganizationState);
  const error = state.fields.company;
  return (
    <form key={state.seq} action={formAction} noValidate className="max-w-md space-y-3 rounded-lg bg-white p-4 shadow-sm" data-testid="onboarding-form">
      {state.message && !state.ok && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor="onboarding-company" className="block text-sm font-semibold">
          Company name
        </label>
        <input id="onboarding-company" name="company" type="text" autoComplete="organization" required
          defaultValue={state.values.company ?? ""} aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && "onboarding-company-error", "onboarding-company-hint")}
          className={`${inputClass} w-full`} />
        <FieldError id="onboarding-company-error" testId="error-company" message={error} />
        <p id="onboarding-company-hint" className="text-xs text-slate-600">
          Listings are published under this name.
        </p>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        Create organization
      </button>
    </form>
  );
}
