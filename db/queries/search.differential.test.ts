import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { seedCatalog } from "@/db/seed/write";
import type { CatalogQuery, FacetResult } from "@/lib/catalog-params";
import type { SpecValue } from "@/lib/specs";
import { openTestDb, testDatabases } from "@/test/db";
import { buildSearchFixture, randomQueries } from "./search-fixture";
import { passesFilters, searchOracle } from "./search-oracle";
import { searchCatalog } from "./search";

// Differential test of catalog search: random queries over a synthetic catalog, each answered by the engine and by
// a brute-force oracle; totals, every facet count (numbers bit for bit) and the result page must agree.

const QUERY_COUNT = 600;
const CHUNK = 60;

const fixture = buildSearchFixture();
const bySlug = new Map(fixture.map((p) => [p.slug, p]));
const queries = randomQueries(QUERY_COUNT);
const chunks = Array.from({ length: QUERY_COUNT / CHUNK }, (_, c) => [c * CHUNK, (c + 1) * CHUNK - 1] as const);

const specsOf = (slug: string): Record<string, SpecValue> =>
  Object.fromEntries(Object.entries(bySlug.get(slug)!.specs).map(([k, s]) => [k, s.value]));
const inCategory = (category: string) => fixture.filter((p) => p.category === category).map((p) => specsOf(p.slug));
const facet = <K extends FacetResult["kind"]>(facets: FacetResult[], key: string, kind: K) => {
  const found = facets.find((f) => f.key === key);
  expect(found?.kind, `facet ${key}`).toBe(kind);
  return found as Extract<FacetResult, { kind: K }>;
};

describe.each(testDatabases())("catalog search agrees with a brute-force oracle on %s", (kind) => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await openTestDb(kind);
    // replace the demo catalog with the synthetic one, so the fixture is the whole catalog
    await handle.db.execute(sql`delete from product_specs`);
    await handle.db.execute(sql`delete from products`);
    await seedCatalog(handle.db, fixture);
  }, 120_000);
  afterAll(async () => handle?.close());

  async function check(label: string, query: CatalogQuery, facets: boolean) {
    for (const engine of ["sql", "index"] as const) await checkEngine(label, query, facets, engine);
  }

  async function checkEngine(label: string, query: CatalogQuery, facets: boolean, engine: "sql" | "index") {
    const context = `${label} [${engine}] ${JSON.stringify({ ...query, facets })}`;
    const actual = await searchCatalog(handle.db, query, { facets, engine });
    const expected = searchOracle(fixture, query, { facets });
    expect(actual.total, context).toBe(expected.total);
    expect(actual.facets, context).toEqual(expected.facets);

    const offset = (query.page - 1) * query.pageSize;
    expect(actual.items.length, context).toBe(Math.min(query.pageSize, Math.max(0, expected.total - offset)));
    for (const item of actual.items) {
      const specs = Object.fromEntries(item.specs.map((s) => [s.key, s.value]));
      expect(passesFilters(specs, query.filters), `${context}: ${item.slug} fails a filter`).toBe(true);
      if (query.category) expect(item.category.slug, context).toBe(query.category);
      if (query.manufacturer) expect(item.manufacturer.slug, context).toBe(query.manufacturer);
      expect(specs, `${context}: ${item.slug} specs round-trip`).toEqual(specsOf(item.slug));
    }
    expect(actual.items.map((p) => p.slug), `${context}: page`).toEqual(expected.slugs.slice(offset, offset + query.pageSize));
  }

  it.each(chunks)("random queries %i–%i", async (from, to) => {
    for (let i = from; i <= to; i++) await check(`query #${i}`, queries[i], i % 25 !== 24);
  }, 120_000);

  it("counts the whole synthetic catalog, with an all-zero facet for a shared spec no product states", async () => {
    const all = await searchCatalog(handle.db, { filters: [], page: 1, pageSize: 10 });
    expect(all.total).toBe(fixture.length);
    const onvif = facet(all.facets, "onvif_profiles", "enum");
    expect(onvif.values.every((v) => v.count === 0)).toBe(true);
    expect(onvif.notStated).toBe(fixture.length);
  });

  it("keeps counting a filter's own facet when the filter matches nothing (disjunctive)", async () => {
    const query: CatalogQuery = {
      category: "network-switches",
      filters: [{ kind: "number", key: "poe_power_per_port", min: 1000 }],
      page: 1,
      pageSize: 24,
    };
    const result = await searchCatalog(handle.db, query);
    expect(result.total).toBe(0);
    expect(result.items).toEqual([]);
    const switches = inCategory("network-switches");
    const stated = switches.filter((s) => s.poe_power_per_port !== undefined);
    const power = facet(result.facets, "poe_power_per_port", "number");
    expect(power).toMatchObject({ unit: "W", min: 15.4, max: 90, notStated: switches.length - stated.length });
    expect(power.histogram.reduce((n, b) => n + b.count, 0)).toBe(stated.length);
    expect(facet(result.facets, "managed", "boolean")).toMatchObject({ true: 0, false: 0, notStated: 0 });
  });

  it("includes both ends of a number filter and of a covers filter", async () => {
    const ports = await searchCatalog(handle.db, {
      category: "network-switches",
      filters: [{ kind: "number", key: "ports_total", min: 24, max: 24 }],
      page: 1,
      pageSize: 100,
    });
    expect(ports.total).toBe(inCategory("network-switches").filter((s) => s.ports_total === 24).length);
    expect(ports.total).toBeGreaterThan(0);
    expect(ports.items.every((p) => p.specs.some((s) => s.key === "ports_total" && s.value === 24))).toBe(true);

    const cold = await searchCatalog(handle.db, {
      category: "network-switches",
      filters: [{ kind: "covers", key: "operating_temperature", min: -40, max: 75 }],
      page: 1,
      pageSize: 1,
    });
    const covering = inCategory("network-switches").filter((s) => {
      const t = s.operating_temperature as { min: number; max: number } | undefined;
      return t !== undefined && t.min <= -40 && t.max >= 75; // {-40, 75} and {-40, 85} only
    });
    expect(cold.total).toBe(covering.length);
    expect(cold.total).toBeGreaterThan(0);
  });

  it("shows one histogram bucket when every value in a facet is equal", async () => {
    const result = await searchCatalog(handle.db, {
      category: "network-switches",
      filters: [{ kind: "options", key: "poe_standard", values: ["at"] }],
      page: 1,
      pageSize: 5,
    });
    const n = inCategory("network-switches").filter((s) => s.poe_standard === "at" && s.poe_power_per_port !== undefined).length;
    expect(n).toBeGreaterThan(0);
    expect(facet(result.facets, "poe_power_per_port", "number")).toMatchObject({
      min: 30,
      max: 30,
      histogram: [{ from: 30, to: 30, count: n }],
    });
  });

  it("adds a facet for a filtered key outside the category, with no values", async () => {
    const result = await searchCatalog(handle.db, {
      category: "electronic-locks",
      filters: [{ kind: "number", key: "poe_budget", min: 0 }],
      page: 1,
      pageSize: 5,
    });
    expect(result.total).toBe(0);
    expect(result.facets.at(-1)).toEqual({
      kind: "number", key: "poe_budget", unit: "W", min: null, max: null, histogram: [],
      notStated: inCategory("electronic-locks").length,
    });
  });
});
