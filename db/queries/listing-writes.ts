import { eq, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import {
  canReadListing,
  checkListing,
  findUnstorableText,
  isValid,
  requireVendorOrganization,
  submittableStatuses,
  type Actor,
  type ListingDraft,
  type ListingStatus,
} from "@/lib/listings";
import { getCategory } from "@/lib/specs";
import type { Db } from "../index";
import { categories, listingRevisions, listings } from "../schema";
import { recordAudit } from "./audit";
import { listingNotFound } from "./listings";

export interface WriteResult {
  id: number;
  status: ListingStatus;
  version: number;
  revisionNumber: number;
  /** Problems in the saved snapshot (a draft may be saved with them; submitting needs none). */
  errors: Record<string, string>;
}

// The 422 for a body whose fields do not validate; fields name each one and what was expected.
export function invalidListing(message: string, fields: Record<string, string>): AppError {
  return new AppError("validation", message, fields, 422);
}

// Refuses (422, per field) text that cannot be stored verbatim, before anything is written.
function refuseUnstorable(draft: ListingDraft): void {
  const problems = findUnstorableText(draft);
  if (Object.keys(problems).length > 0) throw invalidListing("Some text holds control characters.", problems);
}

// Locks a listing row for the rest of the transaction and applies the read rule (another vendor's listing is
// "not found"); the optional expected version turns a stale write into 412.
export async function lockListing(tx: Db, actor: Actor, id: number, expectedVersion?: number) {
  const [found] = await tx
    .select({ listing: listings, categorySlug: categories.slug })
    .from(listings)
    .innerJoin(categories, eq(categories.id, listings.categoryId))
    .where(eq(listings.id, id))
    .for("update", { of: listings });
  if (!found || !canReadListing(actor, found.listing.organizationId)) throw listingNotFound(id);
  const row = { ...found.listing, categorySlug: found.categorySlug };
  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    throw new AppError(
      "precondition_failed",
      `Listing ${id} changed since version ${expectedVersion}; it is at version ${row.version} now. Reload it and apply your changes again.`,
    );
  }
  return row;
}

export interface CreateListingParams {
  category: string;
  draft: ListingDraft;
  /** Also submit it for review in the same transaction (nothing is written unless it is valid). */
  submit?: boolean;
}

// Creates a draft listing (revision 1) for the vendor's organization, whatever its entries' validity, with its
// audit entry, in one transaction (with `submit`, also submitted there, or nothing written); for vendors
// (portal, API, import).
export async function createListing(db: Db, actor: Actor | null, params: CreateListingParams): Promise<WriteResult> {
  const organizationId = requireVendorOrganization(actor);
  if (!getCategory(params.category)) {
    throw invalidListing("The category is not known.", { category: `expected one of the category slugs, got '${params.category}'` });
  }
  refuseUnstorable(params.draft);
  const check = checkListing(params.category, params.draft);
  return db.transaction(async (tx) => {
    const [category] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, params.category));
    if (!category) throw invalidListing("The category is not known.", { category: `'${params.category}' has no catalog row` });
    const [listing] = await tx
      .insert(listings)
      .values({ organizationId, categoryId: category.id, status: "draft", version: 1, createdBy: actor!.userId })
      .returning({ id: listings.id });
    const [revision] = await tx
      .insert(listingRevisions)
      .values({ listingId: listing.id, number: 1, version: 1, authorId: actor!.userId, snapshot: params.draft, valid: isValid(check) })
      .returning({ id: listingRevisions.id });
    await tx.update(listings).set({ currentRevisionId: revision.id }).where(eq(listings.id, listing.id));
    await recordAudit(tx, actor!, { action: "listing.created", subjectType: "listing", subjectId: listing.id, detail: { revision: 1, category: params.category } });
    if (params.submit) return submitInTransaction(tx, actor!, { id: listing.id });
    return { id: listing.id, status: "draft", version: 1, revisionNumber: 1, errors: check.errors };
  });
}

export interface SaveListingParams {
  id: number;
  /** The version the edit started from; a different current version is a conflict (412). */
  expectedVersion: number;
  draft: ListingDraft;
  /** Also submit the new revision for review in the same transaction (nothing is written unless it is valid). */
  submit?: boolean;
}

// Saves a new revision of the vendor's own listing as a draft (valid or not; a pending submission is withdrawn;
// a published revision stays live). One transaction with its audit entry (with `submit`, also submitted there,
// or nothing written); for vendors.
export async function saveListing(db: Db, actor: Actor | null, params: SaveListingParams): Promise<WriteResult> {
  requireVendorOrganization(actor);
  refuseUnstorable(params.draft);
  return db.transaction(async (tx) => {
    const row = await lockListing(tx, actor!, params.id, params.expectedVersion);
    const check = checkListing(row.categorySlug, params.draft);
    const [{ last }] = await tx
      .select({ last: sql<number>`max(${listingRevisions.number})::int` })
      .from(listingRevisions)
      .where(eq(listingRevisions.listingId, row.id));
    const version = row.version + 1;
    const [revision] = await tx
      .insert(listingRevisions)
      .values({ listingId: row.id, number: last + 1, version, authorId: actor!.userId, snapshot: params.draft, valid: isValid(check) })
      .returning({ id: listingRevisions.id });
    await tx
      .update(listings)
      .set({ currentRevisionId: revision.id, status: "draft", version, submittedAt: null, updatedAt: new Date() })
      .where(eq(listings.id, row.id));
    await recordAudit(tx, actor!, {
      action: "listing.saved",
      subjectType: "listing",
      subjectId: row.id,
      organizationId: row.organizationId,
      detail: { revision: last + 1, valid: isValid(check), ...(row.status === "pending" ? { withdrawn: true } : {}) },
    });
    if (params.submit) return submitInTransaction(tx, actor!, { id: row.id });
    return { id: row.id, status: "draft", version, revisionNumber: last + 1, errors: check.errors };
  });
}

export interface SubmitListingParams {
  id: number;
  expectedVersion?: number;
}

// Submits the latest revision of the vendor's own listing for review; refuses (422, per field) while any entry
// is invalid. One transaction with its audit entry; for vendors.
export async function submitListing(db: Db, actor: Actor | null, params: SubmitListingParams): Promise<WriteResult> {
  requireVendorOrganization(actor);
  return db.transaction((tx) => submitInTransaction(tx, actor!, params));
}

async function submitInTransaction(tx: Db, actor: Actor, params: SubmitListingParams): Promise<WriteResult> {
  const row = await lockListing(tx, actor, params.id, params.expectedVersion);
  if (!submittableStatuses.includes(row.status)) {
    throw new AppError("conflict", row.status === "pending"
      ? `Listing ${row.id} is already waiting for review.`
      : `Listing ${row.id} has no unpublished changes to submit.`);
  }
  const [revision] = await tx.select().from(listingRevisions).where(eq(listingRevisions.id, row.currentRevisionId!));
  const check = checkListing(row.categorySlug, revision.snapshot);
  if (!isValid(check)) throw invalidListing("Fix the highlighted fields before submitting for review.", check.errors);
  const version = row.version + 1;
  await tx
    .update(listings)
    .set({ status: "pending", version, submittedAt: new Date(), updatedAt: new Date() })
    .where(eq(listings.id, row.id));
  await recordAudit(tx, actor, {
    action: "listing.submitted",
    subjectType: "listing",
    subjectId: row.id,
    organizationId: row.organizationId,
    detail: { revision: revision.number },
  });
  return { id: row.id, status: "pending", version, revisionNumber: revision.number, errors: {} };
}
