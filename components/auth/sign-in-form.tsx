"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { authClient, describeAuthFailure } from "@/lib/auth-client";
import { AuthError, AuthField } from "./auth-fields";

// The sign-in form: posts to better-auth's HTTP endpoint (rate limited per IP), shows a wrong password or the
// wait after too many attempts inline, and goes to `next` once signed in.
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const password = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  // only a wrong email or password marks the fields invalid; a rate limit is not their fault
  const [credentialsWrong, setCredentialsWrong] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    let retryAfter: number | null = null;
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      fetchOptions: {
        onError(context) {
          retryAfter = Number(context.response.headers.get("X-Retry-After")) || null;
        },
      },
    });
    if (failure) {
      setError(describeAuthFailure(failure, retryAfter));
      setCredentialsWrong(failure.status === 401);
      setPending(false);
      password.current?.select();
      return;
    }
    router.replace(next);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" data-testid="sign-in-form" aria-busy={pending}>
      <AuthError id="sign-in-error" message={error} />
      <AuthField id="sign-in-email" name="email" type="email" label="Email" autoComplete="email" required
        aria-invalid={credentialsWrong ? true : undefined} formErrorId={error ? "sign-in-error" : undefined} />
      <AuthField
        ref={password}
        id="sign-in-password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        aria-invalid={credentialsWrong ? true : undefined}
        formErrorId={error ? "sign-in-error" : undefined}
      />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        Sign in
      </button>
      <p className="text-sm">
        New vendor?{" "}
        <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
