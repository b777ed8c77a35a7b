import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { listingStatuses, reviewDecisions, type ListingDraft } from "@/lib/listings/types";
import { organizations, users } from "./auth";
import { categories, products } from "./catalog";

export const listingStatusEnum = pgEnum("listing_status", listingStatuses);
export const reviewDecisionEnum = pgEnum("review_decision", reviewDecisions);

// A vendor's product listing: the workflow state of its latest revision, and which revision (if any) is live in
// the public catalog. `version` goes up by one on every write; saves carry the version they started from.
export const listings = pgTable(
  "listings",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: text()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
    status: listingStatusEnum().notNull().default("draft"),
    version: integer().notNull().default(1),
    /** Latest revision (what the vendor edits and submits). */
    currentRevisionId: integer(),
    /** The approved revision shown in the catalog, if any. */
    publishedRevisionId: integer(),
    productId: integer()
      .unique()
      .references(() => products.id, { onDelete: "set null" }),
    /** The moderator's reason for the last rejection or change request, shown to the vendor. */
    reviewNote: text(),
    submittedAt: timestamp({ withTimezone: true }),
    createdBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("listings_organization_idx").on(t.organizationId, t.updatedAt),
    index("listings_queue_idx").on(t.status, t.submittedAt),
  ],
);

// Every saved state of a listing: the full snapshot exactly as the vendor typed it (raw entries, units, sources).
export const listingRevisions = pgTable(
  "listing_revisions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    listingId: integer()
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    /** The listing version this save produced. */
    version: integer().notNull(),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    snapshot: jsonb().$type<ListingDraft>().notNull(),
    /** Whether every entry parsed when it was saved. */
    valid: boolean().notNull(),
    decision: reviewDecisionEnum(),
    decisionReason: text(),
    decidedBy: text().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("listing_revisions_number_idx").on(t.listingId, t.number)],
);

// Who did what, when: listing decisions and saves, API key creation and revocation, role changes.
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: text().references(() => users.id, { onDelete: "set null" }),
    actorApiKeyId: integer(),
    organizationId: text(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_subject_idx").on(t.subjectType, t.subjectId, t.at)],
);

// API keys: a vendor organization's (organizationId set) or a moderator's own (organizationId null). Only the
// SHA-256 of the key is stored; the key is shown once.
export const apiKeys = pgTable(
  "api_keys",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organizationId: text().references(() => organizations.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** The first characters of the key, to tell keys apart in lists. */
    prefix: text().notNull(),
    hash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("api_keys_organization_idx").on(t.organizationId)],
);

export type Listing = typeof listings.$inferSelect;
export type ListingRevision = typeof listingRevisions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type ApiKey = typeof apiKeys.$inferSelect;
