import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "@/lib/errors";
import { canReadListing, checkListing, requireActor, requireModerator, requireVendorOrganization, type Actor, type ListingStatus } from "@/lib/listings";
import type { Db } from "../index";
import { categories, listingRevisions, listings, organizations, products, users } from "../schema";

const current = alias(listingRevisions, "current_revision");

const summaryColumns = {
  id: listings.id,
  status: listings.status,
  version: listings.version,
  organizationId: listings.organizationId,
  organizationName: organizations.name,
  categorySlug: categories.slug,
  categoryName: categories.name,
  name: sql<string>`${current.snapshot}->>'name'`,
  modelNumber: sql<string>`${current.snapshot}->>'modelNumber'`,
  revisionNumber: current.number,
  valid: current.valid,
  publishedRevisionId: listings.publishedRevisionId,
  productSlug: products.slug,
  reviewNote: listings.reviewNote,
  submittedAt: listings.submittedAt,
  createdAt: listings.createdAt,
  updatedAt: listings.updatedAt,
};

export type ListingSummary = {
  id: number;
  status: ListingStatus;
  version: number;
  organizationId: string;
  organizationName: string;
  categorySlug: string;
  categoryName: string;
  name: string;
  modelNumber: string;
  revisionNumber: number;
  valid: boolean;
  publishedRevisionId: number | null;
  productSlug: string | null;
  reviewNote: string | null;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

function selectSummaries(db: Db, where: SQL | undefined) {
  return db
    .select(summaryColumns)
    .from(listings)
    .innerJoin(current, eq(current.id, listings.currentRevisionId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(categories, eq(categories.id, listings.categoryId))
    .leftJoin(products, eq(products.id, listings.productId))
    .where(where);
}

export interface ListListingsParams {
  status?: ListingStatus;
}

// The actor's organization's listings, most recently changed first; for the vendor portal and GET /listings.
export async function listListings(db: Db, actor: Actor | null, params: ListListingsParams = {}): Promise<ListingSummary[]> {
  const organizationId = requireVendorOrganization(actor);
  return selectSummaries(
    db,
    and(eq(listings.organizationId, organizationId), params.status ? eq(listings.status, params.status) : undefined),
  ).orderBy(desc(listings.updatedAt), desc(listings.id));
}

export interface ReviewQueueParams {
  organizationId?: string;
  category?: string;
}

// Pending submissions, oldest first, optionally for one vendor or category; for moderators only.
export async function listReviewQueue(db: Db, actor: Actor | null, params: ReviewQueueParams = {}): Promise<ListingSummary[]> {
  requireModerator(actor);
  return selectSummaries(
    db,
    and(
      eq(listings.status, "pending"),
      params.organizationId ? eq(listings.organizationId, params.organizationId) : undefined,
      params.category ? eq(categories.slug, params.category) : undefined,
    ),
  ).orderBy(asc(listings.submittedAt), asc(listings.id));
}

// The vendors and categories that have pending submissions, for the queue's filters; moderators only.
export async function listQueueFilters(db: Db, actor: Actor | null) {
  requireModerator(actor);
  const vendors = await db
    .selectDistinct({ id: organizations.id, name: organizations.name })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(eq(listings.status, "pending"))
    .orderBy(asc(organizations.name));
  const cats = await db
    .selectDistinct({ slug: categories.slug, name: categories.name, sortOrder: categories.sortOrder })
    .from(listings)
    .innerJoin(categories, eq(categories.id, listings.categoryId))
    .where(eq(listings.status, "pending"))
    .orderBy(asc(categories.sortOrder));
  return { vendors, categories: cats };
}

// One listing with its latest revision (snapshot exactly as typed, plus its check) and its live revision, or a
// not_found error when it does not exist or belongs to another vendor (its existence is not revealed).
// For the portal, the review page and the API; vendors of the owning organization, moderators and admins.
export async function getListing(db: Db, actor: Actor | null, id: number) {
  requireActor(actor);
  const [summary] = await selectSummaries(db, eq(listings.id, id));
  if (!summary || !canReadListing(actor, summary.organizationId)) throw listingNotFound(id);
  const revisionIds = [summary.publishedRevisionId].filter((x): x is number => x !== null);
  const [latest] = await db
    .select({ id: current.id, number: current.number, version: current.version, snapshot: current.snapshot, createdAt: current.createdAt, authorName: users.name })
    .from(listings)
    .innerJoin(current, eq(current.id, listings.currentRevisionId))
    .leftJoin(users, eq(users.id, current.authorId))
    .where(eq(listings.id, id));
  const [published] = revisionIds.length
    ? await db
        .select({ id: listingRevisions.id, number: listingRevisions.number, snapshot: listingRevisions.snapshot, decidedAt: listingRevisions.decidedAt })
        .from(listingRevisions)
        .where(inArray(listingRevisions.id, revisionIds))
    : [];
  return {
    ...summary,
    current: latest,
    check: checkListing(summary.categorySlug, latest.snapshot),
    published: published ?? null,
  };
}

export type ListingDetail = Awaited<ReturnType<typeof getListing>>;

// Every revision of a listing, newest first, with author and decision; same access rule as getListing.
export async function listRevisions(db: Db, actor: Actor | null, id: number) {
  requireActor(actor);
  const [owner] = await db.select({ organizationId: listings.organizationId }).from(listings).where(eq(listings.id, id));
  if (!owner || !canReadListing(actor, owner.organizationId)) throw listingNotFound(id);
  const decider = alias(users, "decider");
  return db
    .select({
      id: listingRevisions.id,
      number: listingRevisions.number,
      version: listingRevisions.version,
      snapshot: listingRevisions.snapshot,
      valid: listingRevisions.valid,
      createdAt: listingRevisions.createdAt,
      authorName: users.name,
      decision: listingRevisions.decision,
      decisionReason: listingRevisions.decisionReason,
      decidedAt: listingRevisions.decidedAt,
      deciderName: decider.name,
    })
    .from(listingRevisions)
    .leftJoin(users, eq(users.id, listingRevisions.authorId))
    .leftJoin(decider, eq(decider.id, listingRevisions.decidedBy))
    .where(eq(listingRevisions.listingId, id))
    .orderBy(desc(listingRevisions.number));
}

// The 404 for a listing the actor may not see or that does not exist (the same answer for both).
export function listingNotFound(id: number): AppError {
  return new AppError("not_found", `No listing ${id}.`);
}
