import "server-only";
import type { Db } from "@/db";
import { importListings, importReportToCsv } from "@/db/queries/listing-import";
import { createListing, invalidListing, saveListing, submitListing } from "@/db/queries/listing-writes";
import { getListing, listListings, type ListingDetail, type ListingSummary } from "@/db/queries/listings";
import { reviewListing } from "@/db/queries/moderation";
import { AppError } from "@/lib/errors";
import {
  checkListing,
  isValid,
  listingStatuses,
  requireModerator,
  requireVendorOrganization,
  type Actor,
  type ListingStatus,
  type ReviewDecision,
} from "@/lib/listings";
import {
  createListingBodySchema,
  emptyBodySchema,
  mergeListingDraft,
  parseListingBody,
  patchListingBodySchema,
  reviewBodySchema,
  toListingDraft,
} from "@/lib/listings/input";
import { getCategory } from "@/lib/specs";
import { apiRoute, invalidParams } from "../../_lib/handler";
import {
  authenticate,
  etagOf,
  IMPORT_BODY_LIMIT,
  matchVersion,
  parseListingId,
  readBodyText,
  readJsonBody,
} from "../../_lib/vendor";

// The vendor API's handlers, one per route and method: (db, request, params) → Response, errors mapped by apiRoute.
// Order in each: authenticate (401), role (403), body (413/400/422), then the query, which applies the listing
// policy again (404 for another organization's listing).

export interface IdParams {
  id: string;
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

function serializeSummary(s: ListingSummary) {
  return {
    id: s.id,
    status: s.status,
    version: s.version,
    category: { slug: s.categorySlug, name: s.categoryName },
    name: s.name,
    modelNumber: s.modelNumber,
    revision: s.revisionNumber,
    valid: s.valid,
    productSlug: s.productSlug,
    reviewNote: s.reviewNote,
    submittedAt: iso(s.submittedAt),
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

function serializeDetail(d: ListingDetail) {
  return {
    ...serializeSummary(d),
    organization: { id: d.organizationId, name: d.organizationName },
    snapshot: d.current.snapshot,
    problems: d.check.errors,
    productUrl: d.productSlug ? `/products/${d.productSlug}` : null,
  };
}

async function listingResponse(db: Db, actor: Actor, id: number, status = 200): Promise<Response> {
  const detail = await getListing(db, actor, id);
  const headers: Record<string, string> = { ETag: etagOf(detail.version) };
  if (status === 201) headers.Location = `/api/v1/listings/${id}`;
  return Response.json({ listing: serializeDetail(detail) }, { status, headers });
}

function unknownParams(url: URL, allowed: readonly string[]) {
  const unknown = [...url.searchParams.keys()].filter((k) => !allowed.includes(k));
  if (unknown.length) invalidParams(Object.fromEntries(unknown.map((k) => [k, "unknown parameter"])));
}

function invalidBody(fields: Record<string, string>): never {
  throw invalidListing("Some fields of the body are not valid; nothing was saved.", fields);
}

// GET /api/v1/listings[?status=]: the caller's organization's listings, newest change first. Vendor keys only.
export const listListingsHandler = apiRoute(async (db: Db, request: Request) => {
  const actor = await authenticate(db, request);
  requireVendorOrganization(actor);
  const url = new URL(request.url);
  unknownParams(url, ["status"]);
  const status = url.searchParams.get("status");
  if (status !== null && !listingStatuses.includes(status as ListingStatus)) {
    invalidParams({ status: `expected one of ${listingStatuses.join(", ")}` });
  }
  const rows = await listListings(db, actor, status ? { status: status as ListingStatus } : {});
  return Response.json({ listings: rows.map(serializeSummary) });
});

// POST /api/v1/listings: creates a draft from a valid body (201 with the listing and its ETag); invalid fields or
// specs → 422 naming each, and nothing is written. Vendor keys only.
export const createListingHandler = apiRoute(async (db: Db, request: Request) => {
  const actor = await authenticate(db, request);
  requireVendorOrganization(actor);
  const body = parseListingBody(createListingBodySchema, await readJsonBody(request));
  if (!body.ok) invalidBody(body.fields);
  const { category, ...rest } = body.data;
  if (!getCategory(category)) invalidBody({ category: `expected a category slug (see GET /api/v1/categories), got '${category}'` });
  const draft = toListingDraft(rest);
  const check = checkListing(category, draft);
  if (!isValid(check)) invalidBody(check.errors);
  const created = await createListing(db, actor, { category, draft });
  return listingResponse(db, actor, created.id, 201);
});

// GET /api/v1/listings/{id}: one listing with its latest snapshot, problems, status, version (also as ETag) and
// published product slug. The owning vendor's keys and moderator keys; others get 404.
export const getListingHandler = apiRoute(async (db: Db, request: Request, params: IdParams) => {
  const actor = await authenticate(db, request);
  return listingResponse(db, actor, parseListingId(params.id));
});

// PATCH /api/v1/listings/{id} with If-Match: "<version>": given fields replace, specs merge per key (null clears);
// the merged listing must validate (422 otherwise). 428 without If-Match, 412 when stale. Owning vendor only.
export const patchListingHandler = apiRoute(async (db: Db, request: Request, params: IdParams) => {
  const actor = await authenticate(db, request);
  requireVendorOrganization(actor);
  const id = parseListingId(params.id);
  const body = parseListingBody(patchListingBodySchema, await readJsonBody(request));
  const current = await getListing(db, actor, id);
  const expectedVersion = matchVersion(request.headers.get("if-match"), current.version, id, true)!;
  if (!body.ok) invalidBody(body.fields);
  if (Object.keys(body.data).length === 0) invalidBody({ body: "expected at least one of name, modelNumber, summary, specs" });
  const draft = mergeListingDraft(current.current.snapshot, body.data);
  const check = checkListing(current.categorySlug, draft);
  if (!isValid(check)) invalidBody(check.errors);
  await saveListing(db, actor, { id, expectedVersion, draft });
  return listingResponse(db, actor, id);
});

// POST /api/v1/listings/{id}/submit (optional If-Match): sends the latest revision for review → pending; 422
// naming each invalid field. Owning vendor only.
export const submitListingHandler = apiRoute(async (db: Db, request: Request, params: IdParams) => {
  const actor = await authenticate(db, request);
  requireVendorOrganization(actor);
  const id = parseListingId(params.id);
  const body = parseListingBody(emptyBodySchema, (await readJsonBody(request)) ?? {});
  const expectedVersion = await optionalPrecondition(db, actor, request, id);
  if (!body.ok) invalidBody(body.fields);
  await submitListing(db, actor, { id, expectedVersion });
  return listingResponse(db, actor, id);
});

async function optionalPrecondition(db: Db, actor: Actor, request: Request, id: number) {
  const header = request.headers.get("if-match");
  if (header === null) return undefined;
  const current = await getListing(db, actor, id);
  return matchVersion(header, current.version, id, false);
}

// POST /api/v1/listings/{id}/approve | reject | request-changes with { reason } (required unless approving):
// the moderator's decision on a pending listing; approval publishes it. Moderator keys only (vendors get 403).
export function reviewListingHandler(decision: ReviewDecision) {
  return apiRoute(async (db: Db, request: Request, params: IdParams) => {
    const actor = await authenticate(db, request);
    requireModerator(actor);
    const id = parseListingId(params.id);
    const body = parseListingBody(reviewBodySchema, (await readJsonBody(request)) ?? {});
    const expectedVersion = await optionalPrecondition(db, actor, request, id);
    if (!body.ok) invalidBody(body.fields);
    await reviewListing(db, actor, { id, decision, reason: body.data.reason, expectedVersion });
    return listingResponse(db, actor, id);
  });
}

const importTypes = { "text/csv": "csv", "application/json": "json" } as const;

// POST /api/v1/listings/import[?category=][&report=csv] (text/csv or application/json, up to 20 MB): creates the
// valid rows as drafts in one transaction and reports every invalid row per field (JSON, or CSV with report=csv).
// Vendor keys only.
export const importListingsHandler = apiRoute(async (db: Db, request: Request) => {
  const actor = await authenticate(db, request);
  requireVendorOrganization(actor);
  const url = new URL(request.url);
  unknownParams(url, ["category", "report"]);
  const report = url.searchParams.get("report") ?? "json";
  if (report !== "json" && report !== "csv") invalidParams({ report: "expected json or csv" });
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const format = importTypes[mediaType as keyof typeof importTypes];
  if (!format) {
    throw new AppError("validation", "Send the file as text/csv or application/json.", { "Content-Type": "expected text/csv or application/json" }, 415);
  }
  const text = await readBodyText(request, IMPORT_BODY_LIMIT);
  const result = await importListings(db, actor, { format, text, category: url.searchParams.get("category") ?? undefined });
  if (report === "csv") {
    return new Response(importReportToCsv(result), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="import-report.csv"' },
    });
  }
  return Response.json(result);
});
