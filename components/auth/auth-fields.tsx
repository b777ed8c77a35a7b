import type { InputHTMLAttributes, Ref } from "react";

interface AuthFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  /** Field-level error; linked to the input with aria-describedby and marked aria-invalid. */
  error?: string;
  hint?: string;
  /** The id of a form-level message that also describes this input (e.g. "Wrong email or password"). */
  formErrorId?: string;
  ref?: Ref<HTMLInputElement>;
}

// One labelled input of the sign-in / sign-up forms with its hint and inline error.
export function AuthField({ id, label, error, hint, formErrorId, ref, ...input }: AuthFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, formErrorId ?? null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded border border-slate-400 bg-white px-2 py-1.5 aria-[invalid=true]:border-red-700"
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700" data-testid={`error-${input.name ?? id}`}>
          {error}
        </p>
      )}
    </div>
  );
}

// The form-level message of an auth form (wrong password, rate limit): announced when it appears.
export function AuthError({ id, message }: { id: string; message: string | null }) {
  return (
    <div id={id} role="alert" aria-live="assertive" className="min-h-0">
      {message && (
        <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="auth-error">
          {message}
        </p>
      )}
    </div>
  );
}
