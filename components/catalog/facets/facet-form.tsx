"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { formEntriesToSearch } from "@/lib/catalog-params/form-url";

// The facet form: a plain GET form that works without JavaScript; with it, checkboxes, radios and selects apply
// at once and the list updates without a full reload (URL pushed, so back/forward work). `stateKey` is the view's
// canonical query: when it changes (navigation, back/forward, "clear"), the fields reset to what the URL says.
export function FacetForm({ coversKeys, stateKey, children }: { coversKeys: string[]; stateKey: string; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const shownKey = useRef(stateKey);

  // reset only when the view changed after mount: on hydration the fields may already hold what the visitor typed
  useEffect(() => {
    if (shownKey.current === stateKey) return;
    shownKey.current = stateKey;
    formRef.current?.reset();
  }, [stateKey]);

  // marks the form as enhanced once its effects above have run (styling hooks and tests can rely on it)
  useEffect(() => {
    formRef.current?.setAttribute("data-enhanced", "");
  }, []);

  function navigate(form: HTMLFormElement) {
    const entries = [...new FormData(form).entries()].map(([k, v]) => [k, String(v)] as [string, string]);
    const url = `/products${formEntriesToSearch(entries, coversKeys)}`;
    startTransition(() => router.push(url, { scroll: false }));
  }

  function onChange(event: ChangeEvent<HTMLFormElement>) {
    const target = event.target as unknown as HTMLInputElement | HTMLSelectElement;
    if (target.type === "checkbox" || target.type === "radio" || target.tagName === "SELECT") navigate(event.currentTarget);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(event.currentTarget);
  }

  return (
    <form
      ref={formRef}
      method="get"
      action="/products"
      onChange={onChange}
      onSubmit={onSubmit}
      aria-busy={pending}
      aria-label="Filter products"
      className={pending ? "space-y-4 opacity-70 transition-opacity" : "space-y-4"}
      data-testid="facet-form"
    >
      {children}
    </form>
  );
}
