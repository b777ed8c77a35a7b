import { and, eq, like, or } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { checkListing, isValid, requireModerator, type Actor, type ListingCheck, type ListingDraft, type ReviewDecision } from "@/lib/listings";
import { slugify } from "@/lib/catalog-params/slug";
import { requireSpec } from "@/lib/specs";
import type { Db } from "../index";
import { listingRevisions, listings, manufacturers, members, organizations, products, productSpecs } from "../schema";
import { searchTextOf } from "../seed/write";
import { toSourceColumns, toSpecColumns } from "../spec-storage";
import { recordAudit } from "./audit";
import { invalidListing, lockListing, type WriteResult } from "./listing-writes";

export const REASON_MAX = 2000;

export interface ReviewListingParams {
  id: number;
  decision: ReviewDecision;
  /** Required for a rejection or a change request; shown to the vendor. */
  reason?: string;
  expectedVersion?: number;
}

const actions: Record<ReviewDecision, string> = {
  approved: "listing.approved",
  rejected: "listing.rejected",
  changes_requested: "listing.changes_requested",
};

// Records a moderator's decision on a pending listing. Approval publishes the revision to the catalog (product,
// manufacturer and typed specs) in the same transaction as the status change and the audit entry, so filters and
// comparisons see it at once. For moderators and admins only.
export async function reviewListing(db: Db, actor: Actor | null, params: ReviewListingParams): Promise<WriteResult> {
  requireModerator(actor);
  const reason = params.reason?.trim() ?? "";
  if (params.decision !== "approved" && !reason) {
    throw invalidListing("A reason is required.", { reason: "expected a reason the vendor will see" });
  }
  if (reason.length > REASON_MAX) {
    throw invalidListing("The reason is too long.", { reason: `expected at most ${REASON_MAX} characters, got ${reason.length}` });
  }
  return db.transaction(async (tx) => {
    const row = await lockListing(tx, actor, params.id, params.expectedVersion);
    const [ownMembership] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.userId, actor.userId), eq(members.organizationId, row.organizationId)));
    if (ownMembership) throw new AppError("forbidden", "You belong to this vendor; another moderator must decide on its listings.");
    if (row.status !== "pending") throw new AppError("conflict", `Listing ${row.id} is not waiting for review.`);
    const [revision] = await tx.select().from(listingRevisions).where(eq(listingRevisions.id, row.currentRevisionId!));
    const version = row.version + 1;
    let productId = row.productId;
    if (params.decision === "approved") {
      const check = checkListing(row.categorySlug, revision.snapshot);
      if (!isValid(check)) throw invalidListing("This revision no longer validates; request changes instead.", check.errors);
      productId = await publishRevision(tx, { organizationId: row.organizationId, categoryId: row.categoryId, productId: row.productId, draft: revision.snapshot, check });
    }
    const now = new Date();
    await tx
      .update(listingRevisions)
      .set({ decision: params.decision, decisionReason: reason || null, decidedBy: actor.userId, decidedAt: now })
      .where(eq(listingRevisions.id, revision.id));
    const status = params.decision === "approved" ? "published" : params.decision;
    await tx
      .update(listings)
      .set({
        status,
        version,
        reviewNote: reason || null,
        updatedAt: now,
        ...(params.decision === "approved" ? { publishedRevisionId: revision.id, productId } : {}),
      })
      .where(eq(listings.id, row.id));
    await recordAudit(tx, actor, {
      action: actions[params.decision],
      subjectType: "listing",
      subjectId: row.id,
      organizationId: row.organizationId,
      detail: { revision: revision.number, ...(reason ? { reason } : {}) },
    });
    return { id: row.id, status, version, revisionNumber: revision.number, errors: {} };
  });
}

async function freeSlug(tx: Db, table: typeof products | typeof manufacturers, base: string): Promise<string> {
  const taken = new Set(
    (await tx.select({ slug: table.slug }).from(table).where(or(eq(table.slug, base), like(table.slug, `${base}-%`)))).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

interface PublishParams {
  organizationId: string;
  categoryId: number;
  productId: number | null;
  draft: ListingDraft;
  check: ListingCheck;
}

// Writes a validated revision into the public catalog: the organization's manufacturer (created on first
// approval), the product (created, or updated in place so its URL stays), and exactly its stated specs.
async function publishRevision(tx: Db, params: PublishParams): Promise<number> {
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, params.organizationId));
  let [maker] = await tx.select().from(manufacturers).where(eq(manufacturers.organizationId, org.id));
  if (!maker) {
    const slug = await freeSlug(tx, manufacturers, slugify(org.name));
    [maker] = await tx.insert(manufacturers).values({ slug, name: org.name, organizationId: org.id }).returning();
  }
  const name = params.draft.name.trim();
  const modelNumber = params.draft.modelNumber.trim();
  const summary = (params.draft.summary ?? "").trim();
  const fields = {
    name,
    modelNumber,
    summary,
    manufacturerId: maker.id,
    categoryId: params.categoryId,
    demo: false,
    searchText: searchTextOf({ name, modelNumber, summary, manufacturer: { name: maker.name, slug: maker.slug } }),
    updatedAt: new Date(),
  };
  let productId = params.productId;
  if (productId !== null) {
    const updated = await tx.update(products).set(fields).where(eq(products.id, productId)).returning({ id: products.id });
    if (updated.length === 0) productId = null;
  }
  if (productId === null) {
    const slug = await freeSlug(tx, products, slugify(`${maker.slug} ${modelNumber}`));
    [{ id: productId }] = await tx.insert(products).values({ ...fields, slug }).returning({ id: products.id });
  }
  await tx.delete(productSpecs).where(and(eq(productSpecs.productId, productId)));
  const rows = Object.entries(params.check.specs).map(([key, spec]) => ({
    productId: productId!,
    specKey: key,
    ...toSpecColumns(requireSpec(key), spec.value),
    ...toSourceColumns(spec.source),
  }));
  if (rows.length) await tx.insert(productSpecs).values(rows);
  return productId;
}
