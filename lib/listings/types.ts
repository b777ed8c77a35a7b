import type { SpecSource, SpecValue } from "@/lib/specs";

/** Workflow state of a listing's latest revision. */
export const listingStatuses = ["draft", "pending", "changes_requested", "published", "rejected"] as const;
export type ListingStatus = (typeof listingStatuses)[number];

export const statusLabels: Record<ListingStatus, string> = {
  draft: "Draft",
  pending: "Pending review",
  changes_requested: "Changes requested",
  published: "Published",
  rejected: "Rejected",
};

/** What a moderator decided about a submitted revision. */
export const reviewDecisions = ["approved", "rejected", "changes_requested"] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** Where a vendor says a value comes from: a datasheet (URL and page) or their own statement. */
export interface SourceEntry {
  kind: "datasheet" | "vendor_stated";
  url?: string;
  page?: string;
}

/**
 * One spec exactly as it was entered: `value` (text such as "30 W", a typed value, option codes) or, for ranges,
 * `min`/`max` text; `unit` is the unit chosen next to the field. An entry with nothing in it means "not stated".
 */
export interface SpecEntry {
  value?: string | number | boolean | string[] | { min: number; max: number } | null;
  min?: string;
  max?: string;
  unit?: string;
  source?: SourceEntry;
}

/** A listing's full snapshot as the vendor typed it; kept verbatim in every revision, valid or not. */
export interface ListingDraft {
  name: string;
  modelNumber: string;
  summary: string;
  specs: Record<string, SpecEntry>;
}

/** A spec that parsed: its canonical value and provenance. */
export interface ParsedSpec {
  value: SpecValue;
  source: SpecSource;
}

/** The result of checking a draft against its category: canonical values, and a message per bad field. */
export interface ListingCheck {
  specs: Record<string, ParsedSpec>;
  /** Keys: "name", "modelNumber", "summary", "specs.<key>", "specs.<key>.source". */
  errors: Record<string, string>;
}

/** Who is acting: a signed-in user or an API key, with their platform role and vendor organization. */
export interface Actor {
  userId: string;
  role: "vendor" | "moderator" | "admin";
  /** The vendor organization acted for; null for moderators and admins. */
  organizationId: string | null;
  apiKeyId?: number;
}
