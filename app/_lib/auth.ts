import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { createAuth, resolveAuthSecret, type Auth } from "@/db/auth";
import { getActorForUser } from "@/db/queries/actors";
import { readEnv } from "@/lib/env";
import type { Actor } from "@/lib/listings";

const globalForAuth = globalThis as unknown as { specgridAuth?: Auth };

// The app's better-auth instance over the app database (created on first use); for server code only.
export function getAuth(): Auth {
  if (!globalForAuth.specgridAuth) {
    const env = readEnv();
    globalForAuth.specgridAuth = createAuth(getDb(), {
      secret: resolveAuthSecret(),
      baseURL: env.BETTER_AUTH_URL,
      trustedOrigins: env.BETTER_AUTH_URL ? [env.BETTER_AUTH_URL] : undefined,
    });
  }
  return globalForAuth.specgridAuth;
}

// The signed-in user and session from the request's cookies, or null; for server components and actions.
export async function getSession() {
  return getAuth().api.getSession({ headers: await headers() });
}

// The signed-in user as an Actor (platform role and vendor organization), or null, read once per request however
// many layouts and pages ask; for pages and server actions, which pass it to db/queries where the policy is
// enforced.
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await getSession();
  if (!session) return null;
  return getActorForUser(getDb(), session.user.id, session.session.activeOrganizationId);
});

// The actor for a page that needs a sign-in: redirects anonymous visitors to /sign-in and back afterwards.
// Role checks stay with the data (db/queries); layouts call this too, as a first guard.
export async function requireSignedIn(next: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return actor;
}
