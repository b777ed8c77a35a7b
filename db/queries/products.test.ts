import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { openTestDb, testDatabases } from "@/test/db";
import { listCategoryCounts } from "./categories";
import { getManufacturerBySlug } from "./manufacturers";
import { getProductBySlug } from "./products";
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
});
