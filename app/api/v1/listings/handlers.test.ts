import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { listings } from "@/db/schema";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { errorResponseSchema } from "@/lib/api/schemas";
import { importReportSchema, listingListSchema, listingResponseSchema } from "@/lib/api/listing-schemas";
import { openTestDb, testDatabases } from "@/test/db";
import { IMPORT_BODY_LIMIT, JSON_BODY_LIMIT } from "../_lib/vendor";
import {
  createListingHandler,
  getListingHandler,
  importListingsHandler,
  listListingsHandler,
  patchListingHandler,
  reviewListingHandler,
  submitListingHandler,
} from "./_lib/handlers";

const ALPHA = "sgk_demo_alpha";
const BETA = "sgk_demo_beta";
const MODERATOR = "sgk_demo_moderator";

interface Send {
  key?: string;
  body?: unknown;
  raw?: BodyInit;
  headers?: Record<string, string>;
}

function request(method: string, path: string, { key, body, raw, headers = {} }: Send = {}): Request {
  const all: Record<string, string> = { ...headers };
  if (key) all.Authorization = `Bearer ${key}`;
  if (body !== undefined) all["Content-Type"] ??= "application/json";
  const init: RequestInit & { duplex?: "half" } = { method, headers: all };
  if (raw !== undefined) {
    init.body = raw;
    if (raw instanceof ReadableStream) init.duplex = "half";
  } else if (body !== undefined) init.body = JSON.stringify(body);
  return new Request(`http://localhost/api/v1/listings${path}`, init);
}

const switchBody = (overrides: Record<string, unknown> = {}) => ({
  category: "network-switches",
  name: "Alpha PoE 8",
  modelNumber: "AP-8",
  summary: "Eight PoE+ ports",
  specs: { poe_ports: 8, poe_power_per_port: "30 W", operating_temperature: { min: -40, max: 75 } },
  ...overrides,
});

async function errorOf(response: Response) {
  return errorResponseSchema.parse(await response.json()).error;
}

// A body stream of `chunk`-byte pieces that records how many bytes the reader pulled.
function endlessStream(chunk: number, total: number) {
  const pulled = { bytes: 0 };
  const piece = new TextEncoder().encode("x".repeat(chunk));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      pulled.bytes += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  return { stream, pulled };
}

describe.each(testDatabases())("vendor API handlers on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb(kind);
  });
  afterAll(async () => handle?.close());

  const create = async (body: unknown = switchBody(), key = ALPHA) => createListingHandler(handle.db, request("POST", "", { key, body }));
  const listingCount = async () => (await handle.db.select({ n: count() }).from(listings))[0].n;

  it("creates a draft: 201 with the listing, its ETag and Location", async () => {
    const response = await create();
    expect(response.status).toBe(201);
    const { listing } = listingResponseSchema.parse(await response.json());
    expect(listing).toMatchObject({ status: "draft", version: 1, revision: 1, valid: true, problems: {}, productSlug: null, category: { slug: "network-switches" }, organization: { name: "Alpha" } });
    expect(response.headers.get("ETag")).toBe('"1"');
    expect(response.headers.get("Location")).toBe(`/api/v1/listings/${listing.id}`);
    expect(listing.snapshot.specs.operating_temperature).toEqual({ value: { min: -40, max: 75 } });
  });

  it("refuses invalid specs and fields with 422 naming each one, writing nothing", async () => {
    const before = await listingCount();
    const cases: [string, unknown, Record<string, RegExp>][] = [
      ["a mass for a power", switchBody({ specs: { poe_power_per_port: "30 kg" } }), { "specs.poe_power_per_port": /expected a power, got '30 kg' \(kg is a mass; use .*W/ }],
      ["an unknown spec key", switchBody({ specs: { colour: "red" } }), { "specs.colour": /not a spec of network switches/ }],
      ["an unknown body key", switchBody({ vendor: "Alpha" }), { vendor: /unknown field/ }],
      ["an unknown category", switchBody({ category: "toasters" }), { category: /'toasters'/ }],
      ["an empty name and a bad source", switchBody({ name: " ", specs: { poe_ports: { value: 8, source: { kind: "datasheet", url: "ftp://x" } } } }), { name: /expected a product name/, "specs.poe_ports.source": /https/ }],
    ];
    for (const [label, body, fields] of cases) {
      const response = await create(body);
      expect(response.status, label).toBe(422);
      const error = await errorOf(response);
      expect(error.code, label).toBe("validation");
      expect(Object.keys(error.fields ?? {}).sort(), label).toEqual(Object.keys(fields).sort());
      for (const [field, pattern] of Object.entries(fields)) expect(error.fields?.[field], label).toMatch(pattern);
    }
    expect(await listingCount()).toBe(before);
  });

  it("answers 400 naming `body` for a body that is not JSON", async () => {
    const response = await createListingHandler(handle.db, request("POST", "", { key: ALPHA, raw: "{name: 'x'", headers: { "Content-Type": "application/json" } }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields).toEqual({ body: expect.stringMatching(/^expected a JSON object/) });
  });

  it("refuses bodies over 1 MB by Content-Length without reading them, and stops reading a streamed one", async () => {
    const declared = endlessStream(64 * 1024, 4 * JSON_BODY_LIMIT);
    const byLength = await createListingHandler(handle.db, request("POST", "", { key: ALPHA, raw: declared.stream, headers: { "Content-Length": String(4 * JSON_BODY_LIMIT) } }));
    expect(byLength.status).toBe(413);
    expect(declared.pulled.bytes).toBeLessThanOrEqual(64 * 1024 * 2);

    const streamed = endlessStream(64 * 1024, 50 * JSON_BODY_LIMIT);
    const response = await createListingHandler(handle.db, request("POST", "", { key: ALPHA, raw: streamed.stream }));
    expect(response.status).toBe(413);
    expect((await errorOf(response)).fields).toEqual({ body: `expected at most ${JSON_BODY_LIMIT} bytes` });
    expect(streamed.pulled.bytes).toBeLessThan(JSON_BODY_LIMIT + 4 * 64 * 1024);

    const big = await importListingsHandler(handle.db, request("POST", "/import", { key: ALPHA, raw: "name\n", headers: { "Content-Type": "text/csv", "Content-Length": String(IMPORT_BODY_LIMIT + 1) } }));
    expect(big.status).toBe(413);
  });

  it("needs If-Match to PATCH (428), refuses a stale one (412), merges specs and sends the new ETag", async () => {
    const { listing } = listingResponseSchema.parse(await (await create()).json());
    const path = `/${listing.id}`;
    const params = { id: String(listing.id) };
    const patch = (body: unknown, headers: Record<string, string> = {}) => patchListingHandler(handle.db, request("PATCH", path, { key: ALPHA, body, headers }), params);

    const missing = await patch({ name: "Renamed" });
    expect(missing.status).toBe(428);
    expect((await errorOf(missing)).code).toBe("precondition_failed");
    const stale = await patch({ name: "Renamed" }, { "If-Match": '"7"' });
    expect(stale.status).toBe(412);

    const ok = await patch({ name: "Renamed", specs: { poe_ports: null, poe_budget: { value: 0.24, unit: "kW" } } }, { "If-Match": '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ETag")).toBe('"2"');
    const updated = listingResponseSchema.parse(await ok.json()).listing;
    expect(updated).toMatchObject({ version: 2, revision: 2, name: "Renamed", modelNumber: "AP-8" });
    expect(Object.keys(updated.snapshot.specs).sort()).toEqual(["operating_temperature", "poe_budget", "poe_power_per_port"]);

    const invalid = await patch({ specs: { poe_budget: "lots" } }, { "If-Match": '"2"' });
    expect(invalid.status).toBe(422);
    expect(Object.keys((await errorOf(invalid)).fields ?? {})).toEqual(["specs.poe_budget"]);
    const unknownKey = await patch({ category: "ip-cameras" }, { "If-Match": '"2"' });
    expect((await errorOf(unknownKey)).fields).toEqual({ category: "unknown field" });
    expect((await patch({ name: "Again" }, { "If-Match": '"1"' })).status).toBe(412);

    const get = await getListingHandler(handle.db, request("GET", path, { key: ALPHA }), params);
    expect(get.headers.get("ETag")).toBe('"2"');
    expect(listingResponseSchema.parse(await get.json()).listing.version).toBe(2);
  });

  it("stores HTML and script text exactly as typed", async () => {
    const text = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"`;
    const response = await create(switchBody({ name: text, summary: text, specs: { series: text.slice(0, 60) } }));
    const { listing } = listingResponseSchema.parse(await response.json());
    const fetched = listingResponseSchema.parse(await (await getListingHandler(handle.db, request("GET", `/${listing.id}`, { key: ALPHA }), { id: String(listing.id) })).json()).listing;
    expect(fetched.name).toBe(text);
    expect(fetched.snapshot.summary).toBe(text);
    expect(fetched.snapshot.specs.series.value).toBe(text.slice(0, 60));
  });

  it("lists only the caller's organization's listings and hides others' listings as 404", async () => {
    const beta = listingResponseSchema.parse(await (await create(switchBody({ name: "Beta only" }), BETA)).json()).listing;
    const alphaList = listingListSchema.parse(await (await listListingsHandler(handle.db, request("GET", "", { key: ALPHA }))).json());
    expect(alphaList.listings.length).toBeGreaterThan(0);
    expect(alphaList.listings.map((l) => l.id)).not.toContain(beta.id);
    const betaList = listingListSchema.parse(await (await listListingsHandler(handle.db, request("GET", "?status=draft", { key: BETA }))).json());
    expect(betaList.listings.map((l) => l.id)).toEqual([beta.id]);
    expect((await listListingsHandler(handle.db, request("GET", "?state=x", { key: BETA }))).status).toBe(400);
    expect((await getListingHandler(handle.db, request("GET", `/${beta.id}`, { key: ALPHA }), { id: String(beta.id) })).status).toBe(404);
    expect((await getListingHandler(handle.db, request("GET", "/abc", { key: ALPHA }), { id: "abc" })).status).toBe(404);
    expect((await listListingsHandler(handle.db, request("GET", "", { key: "sgk_nope" }))).status).toBe(401);
  });

  it("submits, then a moderator approves and the listing shows its product slug", async () => {
    const { listing } = listingResponseSchema.parse(await (await create(switchBody({ modelNumber: "AP-PUB" }))).json());
    const params = { id: String(listing.id) };
    const submitted = await submitListingHandler(handle.db, request("POST", `/${listing.id}/submit`, { key: ALPHA }), params);
    expect(listingResponseSchema.parse(await submitted.json()).listing.status).toBe("pending");
    const reject = reviewListingHandler("rejected");
    const noReason = await reject(handle.db, request("POST", `/${listing.id}/reject`, { key: MODERATOR, body: {} }), params);
    expect((await errorOf(noReason)).fields).toEqual({ reason: expect.any(String) });
    const approved = await reviewListingHandler("approved")(handle.db, request("POST", `/${listing.id}/approve`, { key: MODERATOR, headers: { "If-Match": '"2"' } }), params);
    expect(approved.status).toBe(200);
    const published = listingResponseSchema.parse(await approved.json()).listing;
    expect(published).toMatchObject({ status: "published", version: 3, productUrl: `/products/${published.productSlug}` });
    expect(published.productSlug).toMatch(/ap-pub/);
  });

  it("imports CSV and JSON through the endpoint, with a CSV report on request", async () => {
    const csv = "name,model_number,poe_power_per_port\nImported 1,IM-1,15.4 W\nImported 2,IM-2,30 kg\n";
    const send = (query: string, raw: string, type: string, key = ALPHA) =>
      importListingsHandler(handle.db, request("POST", `/import${query}`, { key, raw, headers: { "Content-Type": type } }));
    const json = importReportSchema.parse(await (await send("?category=network-switches", csv, "text/csv; charset=utf-8")).json());
    expect(json).toMatchObject({ total: 2, created: [{ row: 1 }], errors: [{ row: 2, fields: { poe_power_per_port: expect.stringMatching(/power/) } }] });
    const report = await send("?category=network-switches&report=csv", csv, "text/csv");
    expect(report.headers.get("Content-Type")).toMatch(/^text\/csv/);
    expect((await report.text()).split("\n")[0]).toBe("row,status,listing_id,field,message");
    const fromJson = importReportSchema.parse(await (await send("", JSON.stringify([switchBody({ modelNumber: "IM-J" })]), "application/json")).json());
    expect(fromJson).toMatchObject({ total: 1, errors: [] });
    expect((await send("", csv, "text/plain")).status).toBe(415);
    expect((await send("?cat=x", csv, "text/csv")).status).toBe(400);
    const mine = await handle.db.select({ id: listings.id }).from(listings).where(eq(listings.id, json.created[0].id));
    expect(mine).toHaveLength(1);
  });
});

describe("the OpenAPI document", () => {
  it("documents every vendor route with its body schema, If-Match and errors", () => {
    const paths = buildOpenApiDocument().paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> }; parameters?: { name: string; required: boolean }[]; responses: Record<string, unknown> }>>;
    for (const path of ["/api/v1/listings", "/api/v1/listings/{id}", "/api/v1/listings/{id}/submit", "/api/v1/listings/{id}/approve", "/api/v1/listings/{id}/reject", "/api/v1/listings/{id}/request-changes", "/api/v1/listings/import"]) {
      expect(paths[path], path).toBeDefined();
    }
    const create = paths["/api/v1/listings"].post.requestBody!.content["application/json"].schema;
    expect(create).toMatchObject({ additionalProperties: false, required: expect.arrayContaining(["category", "name", "modelNumber"]) });
    const patch = paths["/api/v1/listings/{id}"].patch;
    expect(patch.parameters).toContainEqual(expect.objectContaining({ name: "If-Match", required: true }));
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(["200", "404", "412", "413", "422", "428"]));
    expect(Object.keys(paths["/api/v1/listings/import"].post.requestBody!.content)).toEqual(["text/csv", "application/json"]);
  });
});
