import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { products, productSpecs } from "@/db/schema";
import { fromSourceColumns, fromSpecColumns } from "@/db/spec-storage";
import { openTestDb, testDatabases } from "@/test/db";
import { listCategoryCounts } from "./categories";
import { getManufacturerBySlug } from "./manufacturers";
import { attachSpecs, getProductBySlug } from "./products";
import { searchCatalog } from "./search";

type ListParams = { category?: string; manufacturer?: string; q?: string; page: number; pageSize: number };
const listProducts = (db: DbHandle["db"], params: ListParams) =>
  searchCatalog(db, { ...params, filters: [] }, { facets: false });

describe.each(testDatabases())("catalog queries on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb(kind);
  });
  afterAll(async () => handle?.close());

  it("counts products per category in registry order, summing to the whole catalog", async () => {
    const counts = await listCategoryCounts(handle.db);
    expect(counts.map((c) => c.slug)).toEqual([
      "network-switches", "electronic-locks", "access-readers", "perimeter-detection", "ip-cameras", "video-management",
    ]);
    const all = await listProducts(handle.db, { page: 1, pageSize: 1 });
    expect(counts.reduce((sum, c) => sum + c.productCount, 0)).toBe(all.total);
    expect(all.total).toBeGreaterThanOrEqual(64);
    for (const c of counts) expect(c.productCount).toBeGreaterThanOrEqual(10);
  });

  it("filters by category with an exact total and stable pages", async () => {
    const first = await listProducts(handle.db, { category: "network-switches", page: 1, pageSize: 5 });
    const second = await listProducts(handle.db, { category: "network-switches", page: 2, pageSize: 5 });
    const whole = await listProducts(handle.db, { category: "network-switches", page: 1, pageSize: 100 });
    expect(first.items).toHaveLength(5);
    expect(whole.items).toHaveLength(whole.total);
    expect(first.total).toBe(whole.total);
    expect([...first.items, ...second.items].map((p) => p.slug)).toEqual(whole.items.slice(0, 10).map((p) => p.slug));
    expect(whole.items.every((p) => p.category.slug === "network-switches")).toBe(true);
    expect(whole.items.map((p) => p.slug)).toContain("comnet-cnge6fx2tx4poe");
  });

  it("finds products by part of a model number or a manufacturer name, all words required", async () => {
    const byModel = await listProducts(handle.db, { q: "cnge6", page: 1, pageSize: 24 });
    expect(byModel.items.map((p) => p.slug)).toEqual(["comnet-cnge6fx2tx4poe"]);
    const byMaker = await listProducts(handle.db, { q: "hexagon", page: 1, pageSize: 24 });
    expect(byMaker.items.map((p) => p.slug)).toContain("hexagon-a8v-mind");
    const none = await listProducts(handle.db, { q: "hexagon cnge6", page: 1, pageSize: 24 });
    expect(none.total).toBe(0);
    const literal = await listProducts(handle.db, { q: "zz%_", page: 1, pageSize: 24 });
    expect(literal.total).toBe(0);
  });

  it("returns a product with typed specs and sources, and null for an unknown slug", async () => {
    const mind = await getProductBySlug(handle.db, "hexagon-a8v-mind");
    expect(mind).toMatchObject({ name: "A8V MIND", demo: false, manufacturer: { slug: "hexagon-geosystems" }, category: { slug: "perimeter-detection" } });
    const radius = mind!.specs.find((s) => s.key === "detection_radius");
    expect(radius?.value).toBe(80);
    expect(radius?.source).toMatchObject({ kind: "seed_article", quote: "Person detection is carried out within a radius of 80 meters from this device." });
    expect(mind!.specs.find((s) => s.key === "coverage_angle")).toBeUndefined();
    expect(await getProductBySlug(handle.db, "no-such-product")).toBeNull();
  });

  it("lists a manufacturer's products and marks demo products", async () => {
    expect(await getManufacturerBySlug(handle.db, "comnet")).toMatchObject({ name: "ComNet" });
    expect(await getManufacturerBySlug(handle.db, "nobody")).toBeNull();
    const comnet = await listProducts(handle.db, { manufacturer: "comnet", page: 1, pageSize: 24 });
    expect(comnet.items.map((p) => p.slug)).toEqual(["comnet-cnge6fx2tx4poe"]);
    const all = await listProducts(handle.db, { page: 1, pageSize: 100 });
    expect(all.items.filter((p) => !p.demo).map((p) => p.slug).sort()).toEqual(
      ["comnet-cnge6fx2tx4poe", "hexagon-a8v-mind", "salient-completeview", "salto-xs4-original-plus"],
    );
  });

  it("loads every stated spec of every product exactly as stored, with its source, in key order", async () => {
    const ids = (await handle.db.select({ id: products.id }).from(products).orderBy(asc(products.id))).map((r) => r.id);
    const loaded = await attachSpecs(handle.db, ids);
    expect(loaded.map((p) => p.id)).toEqual(ids);
    const rows = await handle.db.select().from(productSpecs).orderBy(asc(productSpecs.productId), asc(productSpecs.specKey));
    const expected = ids.map((id) =>
      rows
        .filter((r) => r.productId === id && fromSpecColumns(r) !== null)
        .map((r) => ({ key: r.specKey, value: fromSpecColumns(r), source: fromSourceColumns(r) })),
    );
    expect(loaded.map((p) => p.specs)).toEqual(expected);
    expect(loaded.flatMap((p) => p.specs).length).toBeGreaterThan(1000);
  });

  it("keeps awkward numbers exact and returns products in the order asked, skipping unknown ids", async () => {
    const mind = await getProductBySlug(handle.db, "hexagon-a8v-mind");
    const awkward = [0.30000000000000004, 1e-7, 123456.78901234567, 5e-324, 1.7976931348623157e308];
    for (const number of awkward) {
      await handle.db
        .update(productSpecs)
        .set({ number })
        .where(and(eq(productSpecs.productId, mind!.id), eq(productSpecs.specKey, "detection_radius")));
      const [read] = await attachSpecs(handle.db, [mind!.id]);
      expect(read.specs.find((s) => s.key === "detection_radius")?.value).toBe(number);
    }
    const comnet = await getProductBySlug(handle.db, "comnet-cnge6fx2tx4poe");
    const both = await attachSpecs(handle.db, [comnet!.id, 987654, mind!.id]);
    expect(both.map((p) => p.slug)).toEqual(["comnet-cnge6fx2tx4poe", "hexagon-a8v-mind"]);
    expect(both[0].updatedAt).toBeInstanceOf(Date);
    expect(await attachSpecs(handle.db, [])).toEqual([]);
  });

  it("answers from the catalog as it is right after a change, though the index was built before it", async () => {
    const query = { category: "network-switches", filters: [{ kind: "number" as const, key: "poe_power_per_port", min: 30 }], page: 1, pageSize: 50 };
    const before = await searchCatalog(handle.db, query);
    expect(before.items.map((p) => p.slug)).toContain("comnet-cnge6fx2tx4poe");
    const comnet = await getProductBySlug(handle.db, "comnet-cnge6fx2tx4poe");
    await handle.db
      .update(productSpecs)
      .set({ number: 15.4 })
      .where(and(eq(productSpecs.productId, comnet!.id), eq(productSpecs.specKey, "poe_power_per_port")));
    const after = await searchCatalog(handle.db, query);
    expect(after.items.map((p) => p.slug)).not.toContain("comnet-cnge6fx2tx4poe");
    expect(after.total).toBe(before.total - 1);
    const again = await searchCatalog(handle.db, { ...query, filters: [] });
    expect(again.items.find((p) => p.slug === "comnet-cnge6fx2tx4poe")?.specs.find((s) => s.key === "poe_power_per_port")?.value).toBe(15.4);
  });
});
