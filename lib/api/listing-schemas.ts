import { z } from "zod";
import { listingStatuses } from "@/lib/listings/types";

// Zod schemas of the vendor API's responses: the OpenAPI document is generated from them, and the handler tests
// parse real responses with them so the document cannot drift from what is served.

const timestamp = z.string().describe("ISO 8601 timestamp.");

export const listingSummarySchema = z.object({
  id: z.number().int(),
  status: z.enum(listingStatuses),
  version: z.number().int().describe("Goes up by one on every write; send it back as If-Match."),
  category: z.object({ slug: z.string(), name: z.string() }),
  name: z.string(),
  modelNumber: z.string(),
  revision: z.number().int().describe("Number of the latest revision."),
  valid: z.boolean().describe("Whether every entry of the latest revision parsed."),
  productSlug: z.string().nullable().describe("The published product's slug, once approved."),
  reviewNote: z.string().nullable().describe("The moderator's reason for the last rejection or change request."),
  submittedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const storedEntrySchema = z
  .object({
    value: z.unknown().optional(),
    min: z.string().optional(),
    max: z.string().optional(),
    unit: z.string().optional(),
    source: z.object({ kind: z.enum(["datasheet", "vendor_stated"]), url: z.string().optional(), page: z.string().optional() }).optional(),
  })
  .describe("A spec exactly as it was entered.");

export const listingDetailSchema = listingSummarySchema.extend({
  organization: z.object({ id: z.string(), name: z.string() }),
  snapshot: z
    .object({ name: z.string(), modelNumber: z.string(), summary: z.string(), specs: z.record(z.string(), storedEntrySchema) })
    .describe("The latest revision as typed (text is stored verbatim, never interpreted as HTML)."),
  problems: z.record(z.string(), z.string()).describe("Field → what was expected, for revisions saved in the portal with problems."),
  productUrl: z.string().nullable(),
});

export const listingResponseSchema = z.object({ listing: listingDetailSchema }).describe("One listing; its version is also the ETag.");

export const listingListSchema = z.object({ listings: z.array(listingSummarySchema) }).describe("The caller's organization's listings.");

export const importReportSchema = z
  .object({
    total: z.number().int().describe("Data rows in the file."),
    created: z.array(z.object({ row: z.number().int(), id: z.number().int() })).describe("Rows created as drafts."),
    errors: z
      .array(z.object({ row: z.number().int(), fields: z.record(z.string(), z.string()) }))
      .describe("Rows refused, per field (CSV: the column; JSON: the field path); row 0 is the file itself."),
  })
  .describe("Per-row result of an import: valid rows are created as drafts, invalid rows only reported.");
