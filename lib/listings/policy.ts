import { AppError } from "@/lib/errors";
import type { Actor, ListingStatus } from "./types";

// The listing policy, in one place: vendors write their own organization's listings; moderators and admins read
// every listing and decide on submissions, but never edit vendor content; nobody else does anything.

// The actor's vendor organization, or a 401/403 explaining why they cannot act as a vendor; for write queries.
export function requireVendorOrganization(actor: Actor | null): string {
  if (!actor) throw new AppError("unauthorized", "Sign in or send an API key.");
  if (actor.role !== "vendor") throw new AppError("forbidden", "Only vendor accounts create and edit listings.");
  if (!actor.organizationId) throw new AppError("forbidden", "Create your vendor organization first.");
  return actor.organizationId;
}

// Throws unless the actor may decide on submissions (moderator or admin); for review queries.
export function requireModerator(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("unauthorized", "Sign in or send an API key.");
  if (actor.role !== "moderator" && actor.role !== "admin") {
    throw new AppError("forbidden", "Only moderators approve, reject or request changes.");
  }
}

// Throws unless the actor is signed in; for reads that then scope by organization.
export function requireActor(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("unauthorized", "Sign in or send an API key.");
}

// Whether the actor may read a listing of that organization (another vendor's listing reads as missing).
export function canReadListing(actor: Actor, organizationId: string): boolean {
  return actor.role === "moderator" || actor.role === "admin" || actor.organizationId === organizationId;
}

/** States from which a vendor may submit the latest revision for review. */
export const submittableStatuses: readonly ListingStatus[] = ["draft", "changes_requested", "rejected"];
