import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { parseSpecInput, requireSpec } from "@/lib/specs";
import { openTestDb } from "@/test/db";
import { loadFloor, type Floor } from "./floor";
import { assertOnlySynthetic, insertSyntheticProducts, readCountArg, requireBenchUrl } from "./load-data";
import { buildQueryMix, mixCounts } from "./queries";
import { runMix, summarize } from "./run";
import { generateProduct, generateProducts, SYNTHETIC_SLUG_PREFIX } from "./synthetic";

// Keeps the benchmark scripts working: a 2 000-product synthetic catalog on PGlite, a small query mix through
// searchCatalog and the floor, every total, facet and page equal. The full runs (npm run bench) stay out of CI.

const PRODUCTS = 2000;

describe("synthetic catalog", () => {
  const products = [...generateProducts(PRODUCTS)];

  it("is deterministic and marked synthetic", () => {
    expect(generateProduct(1234)).toEqual(generateProduct(1234));
    expect(products.every((p) => p.slug.startsWith(SYNTHETIC_SLUG_PREFIX))).toBe(true);
    expect(products.every((p) => p.manufacturer.name.startsWith("Synthetic "))).toBe(true);
    expect(new Set(products.map((p) => p.category)).size).toBe(6);
  });

  it("holds only values the registry accepts", () => {
    for (const p of products) {
      for (const [key, value] of Object.entries(p.specs)) {
        const parsed = parseSpecInput(requireSpec(key), value);
        expect(parsed.ok ? parsed.value : parsed.message, `${p.slug}.${key}`).toEqual(value);
      }
    }
  });
});

describe.each([
  ["postgres://postgres@127.0.0.1:5432/specgrid_bench", true],
  ["postgres://postgres@127.0.0.1:5432/specgrid", false],
  [undefined, false],
])("requireBenchUrl(%s)", (url, ok) => {
  it(ok ? "accepts it" : "refuses it", () => {
    if (ok) expect(requireBenchUrl(url)).toBe("specgrid_bench");
    else expect(() => requireBenchUrl(url)).toThrow();
  });
});

describe("command line", () => {
  it.each([
    [["--products", "100000"], 100_000],
    [["--products=1M"], 1_000_000],
    [["--products", "10k"], 10_000],
    [[], undefined],
  ])("%j gives %s", (argv, expected) => expect(readCountArg(argv)).toBe(expected));
  it("rejects a bad count", () => expect(() => readCountArg(["--products", "many"])).toThrow());
});

describe("benchmark smoke run on PGlite", () => {
  let handle: DbHandle;
  let floor: Floor;

  beforeAll(async () => {
    handle = await openTestDb("pglite");
    await expect(assertOnlySynthetic(handle.db)).rejects.toThrow(/non-synthetic/); // the demo catalog
    await handle.db.execute(sql`delete from products`); // product_specs cascade
    await insertSyntheticProducts(handle.db, [...generateProducts(PRODUCTS)]);
    await assertOnlySynthetic(handle.db);
    floor = await loadFloor(handle.db);
  }, 60_000);
  afterAll(async () => handle?.close());

  it("loads every product into the floor", () => {
    expect(floor.products).toBe(PRODUCTS);
  });

  it.each(["auto", "sql"] as const)("answers a small query mix exactly as searchCatalog (engine %s) does", async (engine) => {
    const mix = buildQueryMix(floor, mixCounts(6));
    expect(mix.length).toBe(36);
    expect(mix.some((q) => q.query.page > 1)).toBe(true);
    const records = await runMix(handle.db, floor, mix, { engine, warmup: 2 });
    const problems = records.filter((r) => r.problems.length > 0).map((r) => ({ query: r.query, problems: r.problems }));
    expect(problems).toEqual([]);
    const summary = summarize(records);
    expect(summary.mix.search.n).toBe(mix.length - 6);
    expect(summary.broad.matches.min).toBeGreaterThan(0);
  }, 60_000);
});
