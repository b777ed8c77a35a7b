import "server-only";
import { requireSignedIn } from "@/app/_lib/auth";
import type { Actor } from "@/lib/listings";

// Whether the actor may use the moderation area; for admin layouts and pages (queries check again).
export function isStaff(actor: Actor | null): actor is Actor {
  return actor?.role === "moderator" || actor?.role === "admin";
}

// The actor for an admin page: anonymous visitors go to sign-in (and back to `next`), signed-in people without a
// moderator or admin role get null (the page shows the 403 page). Pages call it as well as the layout, since a
// layout is not re-rendered on client navigation between its pages.
export async function requireStaffPage(next: string): Promise<Actor | null> {
  const actor = await requireSignedIn(next);
  return isStaff(actor) ? actor : null;
}
