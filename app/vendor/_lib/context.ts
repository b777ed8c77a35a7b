import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/app/_lib/auth";
import type { Actor } from "@/lib/listings";

/** Who is looking at a portal page: a vendor with an organization, a vendor still without one, or staff. */
export type VendorContext =
  | { kind: "vendor"; actor: Actor; organizationId: string }
  | { kind: "onboarding"; actor: Actor }
  | { kind: "staff"; actor: Actor };

// The sign-in URL that brings the visitor back to `path`.
export function signInPath(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}

// The path of the current request when the proxy passes it on (x-pathname), else the portal's home; for the
// layout guard, which does not know which page it wraps.
export async function requestPath(): Promise<string> {
  const path = (await headers()).get("x-pathname");
  return path && path.startsWith("/vendor") ? path : "/vendor";
}

// Every portal page's first call: redirects visitors to sign in (and back to `path`), then says whether the
// page may show vendor content. Pages render <VendorGate> for the other kinds. Layouts do not re-run on client
// navigation, so pages check too; db/queries enforce the policy again on every read and write.
export async function requireVendorContext(path: string): Promise<VendorContext> {
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(path));
  if (actor.role !== "vendor") return { kind: "staff", actor };
  if (!actor.organizationId) return { kind: "onboarding", actor };
  return { kind: "vendor", actor, organizationId: actor.organizationId };
}
