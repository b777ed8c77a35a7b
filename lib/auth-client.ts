import { adminClient, organizationClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
import { slugify } from "@/lib/catalog-params/slug";

// The browser's better-auth client. It talks to /api/auth/* on the page's own origin, so sign-in and sign-up go
// through the HTTP endpoints where the per-IP rate limit applies (server-side api calls would bypass it).
export const authClient = createAuthClient({
  plugins: [organizationClient(), adminClient()],
});

/** What a failed better-auth call reports: HTTP status, error code and message. */
export interface AuthFailure {
  status: number;
  code?: string;
  message?: string;
}

// The sentence shown under an auth form for a failed call: the wait on 429 (from X-Retry-After), a plain
// "wrong email or password", or better-auth's own message. For the sign-in and sign-up forms.
export function describeAuthFailure(failure: AuthFailure, retryAfterSeconds: number | null): string {
  if (failure.status === 429) {
    return retryAfterSeconds && retryAfterSeconds > 0
      ? `Too many attempts, try again in ${retryAfterSeconds} s.`
      : "Too many attempts, try again in a minute.";
  }
  if (failure.code === "INVALID_EMAIL_OR_PASSWORD" || failure.status === 401) return "Wrong email or password.";
  if (failure.code === "USER_ALREADY_EXISTS" || failure.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") {
    return "An account with this email already exists. Sign in instead.";
  }
  if (failure.code === "PASSWORD_TOO_SHORT") return "The password is too short.";
  return failure.message || "Something went wrong. Please try again.";
}

// A local path to go to after signing in: only same-site paths ("/vendor"), never "//evil.example" or a URL;
// anything else becomes the fallback. For the sign-in and sign-up pages.
export function safeNextPath(next: string | null | undefined, fallback = "/vendor"): string {
  // backslashes and control characters are refused (browsers drop tabs and newlines, so "/\t/x" would be "//x");
  // what is left is resolved as a browser would and kept only if it stays on this site
  if (!next || !next.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  const resolved = new URL(next, "http://same.invalid");
  if (resolved.origin !== "http://same.invalid") return fallback;
  return resolved.pathname + resolved.search + resolved.hash;
}

// An organization slug from a company name ("Acme Security GmbH" → "acme-security-gmbh"); for sign-up.
export function organizationSlugOf(name: string): string {
  return slugify(name, 60, "vendor");
}
