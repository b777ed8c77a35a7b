"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient, describeAuthFailure, organizationSlugOf } from "@/lib/auth-client";
import { AuthError, AuthField } from "./auth-fields";

type Field = "name" | "email" | "password" | "company";

// Checks the fields the browser cannot (password length, blank names) before anything is sent.
function checkFields(values: Record<Field, string>, passwordMin: number): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (!values.name.trim()) errors.name = "Enter your name.";
  if (!values.email.trim()) errors.email = "Enter your email address.";
  if (values.password.length < passwordMin) errors.password = `Use at least ${passwordMin} characters.`;
  if (!values.company.trim()) errors.company = "Enter your company's name.";
  return errors;
}

// Creates the vendor organization for the new user and makes it their active one; a taken slug gets a short
// suffix. Returns false when the organization could not be created (the portal then offers onboarding).
async function createVendorOrganization(company: string): Promise<boolean> {
  const base = organizationSlugOf(company);
  for (const slug of [base, `${base}-${Math.random().toString(36).slice(2, 6)}`]) {
    const { data, error } = await authClient.organization.create({ name: company.trim(), slug });
    if (data) {
      await authClient.organization.setActive({ organizationId: data.id });
      return true;
    }
    if (error?.code !== "ORGANIZATION_SLUG_ALREADY_TAKEN" && error?.code !== "ORGANIZATION_ALREADY_EXISTS") return false;
  }
  return false;
}

// The vendor sign-up form: name, email, password and company; signs up through better-auth's HTTP endpoint
// (rate limited), then creates the company's vendor organization and opens the portal.
export function SignUpForm({ next, passwordMin }: { next: string; passwordMin: number }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(
      (["name", "email", "password", "company"] as const).map((k) => [k, String(data.get(k) ?? "")]),
    ) as Record<Field, string>;
    const fieldErrors = checkFields(values, passwordMin);
    setErrors(fieldErrors);
    setFailure(null);
    if (Object.keys(fieldErrors).length > 0) {
      document.getElementById(`sign-up-${Object.keys(fieldErrors)[0]}`)?.focus();
      return;
    }
    setPending(true);
    let retryAfter: number | null = null;
    const { error } = await authClient.signUp.email({
      name: values.name.trim(),
      email: values.email.trim(),
      password: values.password,
      fetchOptions: {
        onError(context) {
          retryAfter = Number(context.response.headers.get("X-Retry-After")) || null;
        },
      },
    });
    if (error) {
      setFailure(describeAuthFailure(error, retryAfter));
      setPending(false);
      return;
    }
    const created = await createVendorOrganization(values.company);
    router.replace(created ? next : "/vendor");
    router.refresh();
  }

  const field = (name: Field) => ({ id: `sign-up-${name}`, name, error: errors[name], formErrorId: failure ? "sign-up-error" : undefined });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" data-testid="sign-up-form" aria-busy={pending}>
      <AuthError id="sign-up-error" message={failure} />
      <AuthField {...field("name")} label="Your name" autoComplete="name" required />
      <AuthField {...field("email")} label="Email" type="email" autoComplete="email" required />
      <AuthField
        {...field("password")}
        label="Password"
        type="password"
        autoComplete="new-password"
        minLength={passwordMin}
        required
        hint={`At least ${passwordMin} characters.`}
      />
      <AuthField
        {...field("company")}
        label="Company name"
        autoComplete="organization"
        required
        hint="Your vendor organization; listings are published under this name."
      />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        Create account
      </button>
      <p className="text-sm">
        Already have an account?{" "}
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
