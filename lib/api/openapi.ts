import { z } from "zod";
import { catalogBaseSchema, filterSyntax, isFilterable, unitSystemSchema } from "@/lib/catalog-params";
import { createListingBodySchema, patchListingBodySchema, reviewBodySchema } from "@/lib/listings/input";
import { listingStatuses } from "@/lib/listings/types";
import { listSpecs } from "@/lib/specs";
import { importReportSchema, listingListSchema, listingResponseSchema } from "./listing-schemas";
import {
  categoryListSchema,
  errorResponseSchema,
  healthSchema,
  productListSchema,
  productSchema,
} from "./schemas";

function jsonSchema(schema: z.ZodType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

function json(schema: z.ZodType, description: string) {
  return { description, content: { "application/json": { schema: jsonSchema(schema) } } };
}

function requestBody(schema: z.ZodType, required = true) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { required, content: { "application/json": { schema: rest } } };
}

const errors = {
  "400": json(errorResponseSchema, "A parameter is unknown or not valid; `fields` names each one."),
  "404": json(errorResponseSchema, "Not found."),
};

function queryParameters() {
  const base = Object.entries(catalogBaseSchema.shape).map(([name, schema]) => {
    const js = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
    const { $schema: _ignored, description, ...rest } = js;
    return { name, in: "query", required: false, description, schema: rest };
  });
  const filters = listSpecs()
    .filter(isFilterable)
    .map((def) => ({
      name: def.key,
      in: "query",
      required: false,
      description: `${def.label}: ${filterSyntax(def)}.`,
      schema: { type: "string" },
    }));
  return [...base, ...filters];
}

const vendorErrors = {
  "401": json(errorResponseSchema, "No valid API key (send Authorization: Bearer sgk_…)."),
  "403": json(errorResponseSchema, "The key's role may not do this (vendors edit, moderators decide)."),
  "404": json(errorResponseSchema, "No such listing, or it belongs to another organization."),
};
const bodyErrors = {
  "400": json(errorResponseSchema, "The body is not JSON (`fields.body`)."),
  "413": json(errorResponseSchema, "The body is larger than 1 MB."),
  "422": json(errorResponseSchema, "Fields or specs are not valid (unknown keys included); `fields` names each, e.g. `specs.poe_budget`."),
};
const idParameter = { name: "id", in: "path", required: true, schema: { type: "integer" } };
const ifMatch = (required: boolean) => ({
  name: "If-Match",
  in: "header",
  required,
  description: 'The listing version you start from, as its ETag: "3".',
  schema: { type: "string" },
});
const listingOk = (description: string) => ({ ...json(listingResponseSchema, description), headers: { ETag: { schema: { type: "string" }, description: 'The listing version, e.g. "3".' } } });
const security = [{ apiKey: [] }];

function reviewOperation(summary: string) {
  return {
    post: {
      summary,
      security,
      parameters: [idParameter, ifMatch(false)],
      requestBody: requestBody(reviewBodySchema, false),
      responses: { "200": listingOk("The listing after the decision."), ...vendorErrors, ...bodyErrors, "409": json(errorResponseSchema, "The listing is not pending."), "412": json(errorResponseSchema, "If-Match does not match the current version.") },
    },
  };
}

// The vendor API's paths (listings, their workflow, and the bulk import), generated from the same zod schemas
// the handlers validate with.
function listingPaths() {
  return {
    "/api/v1/listings": {
      get: {
        summary: "Your organization's listings (vendor keys)",
        security,
        parameters: [{ name: "status", in: "query", required: false, schema: { type: "string", enum: [...listingStatuses] } }],
        responses: { "200": json(listingListSchema, "The listings, most recently changed first."), "400": errors["400"], "401": vendorErrors["401"], "403": vendorErrors["403"] },
      },
      post: {
        summary: "Create a draft listing (vendor keys)",
        security,
        requestBody: requestBody(createListingBodySchema),
        responses: { "201": listingOk("The new draft."), ...bodyErrors, "401": vendorErrors["401"], "403": vendorErrors["403"] },
      },
    },
    "/api/v1/listings/{id}": {
      get: {
        summary: "One listing with its latest snapshot (owning vendor or moderator keys)",
        security,
        parameters: [idParameter],
        responses: { "200": listingOk("The listing."), "401": vendorErrors["401"], "404": vendorErrors["404"] },
      },
      patch: {
        summary: "Change a listing: fields replace, specs merge per key, null clears (owning vendor keys)",
        security,
        parameters: [idParameter, ifMatch(true)],
        requestBody: requestBody(patchListingBodySchema),
        responses: {
          "200": listingOk("The listing with its new revision."),
          ...vendorErrors,
          ...bodyErrors,
          "412": json(errorResponseSchema, "The listing changed since the version in If-Match."),
          "428": json(errorResponseSchema, "If-Match is missing."),
        },
      },
    },
    "/api/v1/listings/{id}/submit": {
      post: {
        summary: "Submit the latest revision for review (owning vendor keys)",
        security,
        parameters: [idParameter, ifMatch(false)],
        responses: { "200": listingOk("The pending listing."), ...vendorErrors, "409": json(errorResponseSchema, "Already pending or nothing to submit."), "422": bodyErrors["422"] },
      },
    },
    "/api/v1/listings/{id}/approve": reviewOperation("Approve and publish a pending listing (moderator keys)"),
    "/api/v1/listings/{id}/reject": reviewOperation("Reject a pending listing with a reason (moderator keys)"),
    "/api/v1/listings/{id}/request-changes": reviewOperation("Send a pending listing back with a reason (moderator keys)"),
    "/api/v1/listings/import": {
      post: {
        summary: "Import listings from CSV or JSON as drafts; invalid rows are reported per field (vendor keys)",
        description:
          "CSV: a header with name, model_number, optional category (or ?category=), summary, datasheet_url, datasheet_page, " +
          "then one column per spec key; values may carry units ('30 W'); an empty cell is not stated; multi-choice cells are " +
          "separated by commas or semicolons. JSON: an array of create bodies or { \"listings\": [...] }. Valid rows are created in one " +
          "transaction; problems with the file itself (row 0) create nothing. Up to 20 MB.",
        security,
        parameters: [
          { name: "category", in: "query", required: false, description: "Category of rows that name none.", schema: { type: "string" } },
          { name: "report", in: "query", required: false, description: "csv for a downloadable per-row, per-field report.", schema: { type: "string", enum: ["json", "csv"] } },
        ],
        requestBody: {
          required: true,
          content: {
            "text/csv": { schema: { type: "string" } },
            "application/json": { schema: { oneOf: [{ type: "array", items: jsonSchema(createListingBodySchema) }, { type: "object", properties: { listings: { type: "array", items: jsonSchema(createListingBodySchema) } }, required: ["listings"] }] } },
          },
        },
        responses: {
          "200": {
            description: "The per-row report (text/csv with report=csv).",
            content: { "application/json": { schema: jsonSchema(importReportSchema) }, "text/csv": { schema: { type: "string" } } },
          },
          "400": errors["400"],
          "401": vendorErrors["401"],
          "403": vendorErrors["403"],
          "413": json(errorResponseSchema, "The file is larger than 20 MB."),
          "415": json(errorResponseSchema, "Not text/csv or application/json."),
        },
      },
    },
  };
}

// Builds the OpenAPI 3.1 document of the read and vendor APIs from the zod schemas and the spec registry; for
// GET /api/v1/openapi.json.
export function buildOpenApiDocument() {
  const units = { name: "units", in: "query", required: false, schema: jsonSchema(unitSystemSchema) };
  return {
    openapi: "3.1.0",
    info: {
      title: "SpecGrid API",
      version: "1.0.0",
      description:
        "Typed, sourced specs of physical-security products. Values are canonical (SI units); `display` follows `units`. " +
        "Vendor and moderator endpoints (/api/v1/listings) need an API key: Authorization: Bearer sgk_….",
    },
    components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A vendor or moderator API key (sgk_…)." } } },
    paths: {
      "/api/v1/health": { get: { summary: "Health check", responses: { "200": json(healthSchema, "The database answers."), "503": json(healthSchema, "The database does not answer.") } } },
      "/api/v1/categories": { get: { summary: "Categories with their spec definitions", responses: { "200": json(categoryListSchema, "All categories.") } } },
      "/api/v1/products": {
        get: {
          summary: "Search products: filters, facets, sort and pages",
          parameters: queryParameters(),
          responses: { "200": json(productListSchema, "One page of matching products, the exact total and facet counts."), "400": errors["400"] },
        },
      },
      "/api/v1/products/{slug}": {
        get: {
          summary: "One product with every spec",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }, units],
          responses: { "200": json(productSchema, "The product."), ...errors },
        },
      },
      ...listingPaths(),
    },
  };
}
