"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { createApiKeyAction, revokeApiKeyAction } from "@/app/vendor/actions";
import { FieldError, describedBy, inputClass } from "./field-parts";
import { initialApiKeyState } from "./form-states";

// Names and creates an API key; the new key is shown once, with a copy button and a warning that it will not be
// shown again.
export function CreateApiKeyForm() {
  const [state, formAction, pending] = useActionState(createApiKeyAction, initialApiKeyState);
  const [copiedSeq, setCopiedSeq] = useState(-1);
  const copied = copiedSeq === state.seq;
  const keyBox = useRef<HTMLInputElement>(null);
  const error = state.fields.name;
  useEffect(() => {
    keyBox.current?.select();
  }, [state.seq]);

  async function copy() {
    if (!state.created) return;
    try {
      await navigator.clipboard.writeText(state.created.key);
      setCopiedSeq(state.seq);
    } catch {
      keyBox.current?.select();
    }
  }

  return (
    <div className="space-y-3">
      {state.created && (
        <div role="status" className="space-y-2 rounded-lg border border-green-300 bg-green-50 p-3 text-sm" data-testid="new-api-key">
          <p className="font-semibold">Key “{state.created.name}” created. Copy it now: it will not be shown again.</p>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="new-api-key-value" className="sr-only">New API key</label>
            <input id="new-api-key-value" ref={keyBox} readOnly value={state.created.key} aria-describedby="new-api-key-hint"
              className={`${inputClass} w-96 max-w-full font-mono`} data-testid="new-api-key-value" />
            <button type="button" onClick={copy} className="rounded border border-slate-400 bg-white px-3 py-1">
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
          <p id="new-api-key-hint" className="text-xs text-slate-700">
            Send it as <code>Authorization: Bearer &lt;key&gt;</code>. We store only its hash; if you lose it, revoke it and create another.
          </p>
        </div>
      )}
      <form key={state.seq} action={formAction} noValidate className="flex flex-wrap items-end gap-2" data-testid="create-api-key-form">
        <div className="space-y-1">
          <label htmlFor="api-key-name" className="block text-sm font-semibold">Key name</label>
          <input id="api-key-name" name="name" type="text" autoComplete="off" placeholder="e.g. PIM sync"
            defaultValue={state.values.name ?? ""} aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(error && "api-key-name-error")} className={`${inputClass} w-64`} />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white disabled:opacity-60">
          Create key
        </button>
      </form>
      <FieldError id="api-key-name-error" testId="error-name" message={error} />
      {!state.ok && !error && state.message && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
    </div>
  );
}

// Revokes one key after an explicit confirm step (no browser dialog), reporting the result in place.
export function RevokeApiKeyButton({ id, label }: { id: number; label: string }) {
  const [state, formAction, pending] = useActionState(revokeApiKeyAction, initialApiKeyState);
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  if (state.seq > 0 && state.ok) return <span role="status" className="text-sm text-slate-700">Revoked</span>;
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="rounded border border-red-700 px-2 py-0.5 text-sm text-red-800">
        Revoke <span className="sr-only">{label}</span>
      </button>
    );
  }
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2 text-sm" data-testid="revoke-confirm">
      <input type="hidden" name="keyId" value={id} />
      <span>Revoke {label}? Requests using it will fail.</span>
      <button ref={confirmButton} type="submit" disabled={pending} className="rounded bg-red-700 px-2 py-0.5 font-semibold text-white">
        Confirm revoke
      </button>
      <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-400 px-2 py-0.5">
        Cancel
      </button>
      {!state.ok && state.message && <span role="alert" className="text-red-700">{state.message}</span>}
    </form>
  );
}
