import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { listCategoryCounts } from "@/db/queries/categories";
import { getProductBySlug } from "@/db/queries/products";
import { searchCatalog } from "@/db/queries/search";
import { productListSchema, productSchema, categoryListSchema } from "@/lib/api/schemas";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { parseCatalogQuery } from "@/lib/catalog-params";
import { categories, specsOfCategory } from "@/lib/specs";
import { openTestDb } from "@/test/db";
import { serializeCategory, serializeProduct } from "./serialize";

describe("API responses match the published schemas", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb("pglite");
  });
  afterAll(async () => handle?.close());

  it("serialises every product of the catalog as productSchema says", async () => {
    const { items, total } = await searchCatalog(handle.db, { page: 1, pageSize: 100, filters: [] }, { facets: false });
    expect(items).toHaveLength(total);
    for (const item of items) {
      expect(() => productSchema.parse(serializeProduct(item, "imperial")), item.slug).not.toThrow();
    }
  });

  it("serialises a filtered list with facets as productListSchema says", async () => {
    const { query } = parseCatalogQuery({ category: "network-switches", poe_power_per_port: "30W..", operating_temperature: "covers:-35C.." }, { strict: true });
    const { items, total, facets } = await searchCatalog(handle.db, query);
    const body = {
      items: items.map((p) => serializeProduct(p, "metric")),
      total,
      page: 1,
      pageSize: 24,
      facets: Object.fromEntries(facets.map(({ key, ...f }) => [key, f])),
    };
    expect(productListSchema.parse(body).facets.poe_power_per_port.kind).toBe("number");
  });

  it("serialises categories as categoryListSchema says", async () => {
    const counts = new Map((await listCategoryCounts(handle.db)).map((c) => [c.slug, c.productCount]));
    const body = { categories: categories.map((c) => serializeCategory(c, specsOfCategory(c.slug), counts.get(c.slug) ?? 0)) };
    expect(() => categoryListSchema.parse(body)).not.toThrow();
  });

  it("keeps the seed article's wording as the source of a served value", async () => {
    const comnet = serializeProduct((await getProductBySlug(handle.db, "comnet-cnge6fx2tx4poe"))!, "metric");
    expect(comnet.specs.poe_power_per_port).toMatchObject({ value: 30, unit: "W", display: "30 W" });
    expect(comnet.specs.poe_power_per_port.source?.quote).toContain("provide up to 30 watts of PoE to PDs");
    expect(comnet.specs.poe_budget).toEqual({ value: null, unit: "W", display: "Not stated", source: null });
  });

  it("documents every filterable spec as a query parameter of /api/v1/products", () => {
    const doc = buildOpenApiDocument();
    const names = doc.paths["/api/v1/products"].get.parameters.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["category", "q", "sort", "page", "pageSize", "poe_power_per_port", "detection_radius", "operating_temperature"]));
    expect(doc.openapi).toBe("3.1.0");
  });
});
