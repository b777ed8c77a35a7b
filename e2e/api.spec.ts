import type { APIRequestContext, APIResponse } from "@playwright/test";
import { categorySlugs, expect, seed, seedSlugs, test } from "./fixtures";

interface ApiSpec {
  value: unknown;
  unit: string | null;
  display: string;
  source: { kind: string; quote?: string } | null;
}

interface ApiProduct {
  slug: string;
  name: string;
  modelNumber: string;
  manufacturer: { slug: string; name: string };
  category: { slug: string; name: string };
  summary: string;
  demo: boolean;
  url: string;
  updatedAt: string;
  specs: Record<string, ApiSpec>;
}

interface ProductList {
  items: ApiProduct[];
  total: number;
  page: number;
  pageSize: number;
}

interface ApiCategory {
  slug: string;
  name: string;
  productCount: number;
  specs: { key: string; label: string; kind: string; unit: string | null; options: { value: string }[] | null;
    direction: string }[];
}

interface ApiError {
  error: { code: string; message: string; fields?: Record<string, string> };
}

async function getJson<T>(request: APIRequestContext, url: string, status = 200): Promise<{ body: T; response: APIResponse }> {
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  return { body: (await response.json()) as T, response };
}

test.describe("GET /api/v1/health", () => {
  test("answers 200 ok", async ({ request }) => {
    const { body } = await getJson<{ status: string }>(request, "/api/v1/health");
    expect(body.status).toBe("ok");
  });
});

test.describe("GET /api/v1/categories", () => {
  test("lists the six categories with full spec definitions", async ({ request }) => {
    const { body } = await getJson<{ categories: ApiCategory[] }>(request, "/api/v1/categories");
    expect(body.categories.map((c) => c.slug)).toEqual([...categorySlugs]);
    for (const category of body.categories) {
      expect(category.specs.length, category.slug).toBeGreaterThan(0);
      for (const spec of category.specs) {
        for (const field of ["key", "label", "kind", "unit", "options", "direction"]) {
          expect(spec, `${category.slug}.${spec.key}`).toHaveProperty(field);
        }
      }
    }
    const switches = body.categories.find((c) => c.slug === "network-switches")!;
    const poePower = switches.specs.find((s) => s.key === "poe_power_per_port");
    expect(poePower).toMatchObject({ label: "PoE power per port", kind: "quantity", unit: "W", options: null,
      direction: "higher" });
    const poeStandard = switches.specs.find((s) => s.key === "poe_standard");
    expect(poeStandard?.kind).toBe("enum");
    expect(poeStandard?.unit).toBeNull();
    expect(poeStandard?.options?.map((o) => o.value)).toEqual(["af", "at", "bt_type3", "bt_type4"]);
  });
});

test.describe("GET /api/v1/products", () => {
  test("returns the list shape with an exact total matching the category counts", async ({ request }) => {
    const { body } = await getJson<ProductList>(request, "/api/v1/products");
    expect(Object.keys(body).sort()).toEqual(["facets", "items", "page", "pageSize", "total"]);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(24);
    expect(body.items).toHaveLength(Math.min(24, body.total));
    const { body: cats } = await getJson<{ categories: ApiCategory[] }>(request, "/api/v1/categories");
    expect(body.total).toBe(cats.categories.reduce((sum, c) => sum + c.productCount, 0));
    for (const item of body.items) {
      expect(item).toMatchObject({
        slug: expect.any(String), name: expect.any(String), modelNumber: expect.any(String),
        manufacturer: { slug: expect.any(String), name: expect.any(String) },
        category: { slug: expect.any(String), name: expect.any(String) },
        demo: expect.any(Boolean), url: `/products/${item.slug}`, specs: expect.any(Object),
      });
    }
  });

  test("pages are distinct and report the same total", async ({ request }) => {
    const { body: first } = await getJson<ProductList>(request, "/api/v1/products?pageSize=5");
    const { body: second } = await getJson<ProductList>(request, "/api/v1/products?pageSize=5&page=2");
    expect(first).toMatchObject({ page: 1, pageSize: 5 });
    expect(second).toMatchObject({ page: 2, pageSize: 5 });
    expect(first.items).toHaveLength(5);
    expect(second.items).toHaveLength(5);
    expect(second.total).toBe(first.total);
    const slugs = [...first.items, ...second.items].map((p) => p.slug);
    expect(new Set(slugs).size).toBe(10);

    // walking every page yields each product exactly once
    const all: string[] = [];
    for (let page = 1; page <= Math.ceil(first.total / 5); page++) {
      const { body } = await getJson<ProductList>(request, `/api/v1/products?pageSize=5&page=${page}`);
      expect(body.total).toBe(first.total);
      all.push(...body.items.map((p) => p.slug));
    }
    expect(all).toHaveLength(first.total);
    expect(new Set(all).size).toBe(first.total);
  });

  test("demo is false for the four seed products and true for every other product", async ({ request }) => {
    const { body } = await getJson<ProductList>(request, "/api/v1/products?pageSize=100");
    expect(body.items).toHaveLength(body.total);
    const real = body.items.filter((p) => !p.demo).map((p) => p.slug);
    expect(real.sort()).toEqual([...seedSlugs].sort());
    expect(body.items.filter((p) => p.demo)).toHaveLength(body.total - 4);
    expect(body.total).toBe(76);
  });

  test("category and keyword filters narrow the list", async ({ request }) => {
    const { body } = await getJson<ProductList>(request, `/api/v1/products?category=${seed.a8v.category}`);
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) expect(item.category.slug).toBe(seed.a8v.category);
    const { body: search } = await getJson<ProductList>(request, "/api/v1/products?q=cnge6");
    expect(search.items.map((p) => p.slug)).toEqual([seed.comnet.slug]);
    expect(search.total).toBe(1);
  });
});

test.describe("GET /api/v1/products/{slug}", () => {
  test("A8V MIND detection radius in metric and imperial", async ({ request }) => {
    const { body } = await getJson<ApiProduct>(request, `/api/v1/products/${seed.a8v.slug}`);
    expect(body).toMatchObject({ slug: seed.a8v.slug, demo: false, category: { slug: seed.a8v.category } });
    expect(body.specs.detection_radius).toMatchObject({ value: 80, unit: "m", display: "80 m",
      source: { kind: "seed_article" } });
    expect(body.specs.detection_radius.source?.quote).toContain("radius of 80 meters");

    const { body: imperial } = await getJson<ApiProduct>(request, `/api/v1/products/${seed.a8v.slug}?units=imperial`);
    // the value stays canonical; only the display text changes
    expect(imperial.specs.detection_radius).toMatchObject({ value: 80, unit: "m", display: "262 ft" });
  });

  test("a not-stated spec has a null value and displays Not stated", async ({ request }) => {
    const { body } = await getJson<ApiProduct>(request, `/api/v1/products/${seed.comnet.slug}`);
    expect(body.specs.poe_power_per_port).toMatchObject({ value: 30, unit: "W", display: "30 W" });
    expect(body.specs.poe_budget).toEqual({ value: null, unit: "W", display: "Not stated", source: null });
    const { body: a8v } = await getJson<ApiProduct>(request, `/api/v1/products/${seed.a8v.slug}`);
    expect(a8v.specs.coverage_angle).toMatchObject({ value: null, display: "Not stated", source: null });
  });
});

test.describe("API errors", () => {
  test("unknown product slug → 404 not_found", async ({ request }) => {
    const { body } = await getJson<ApiError>(request, "/api/v1/products/does-not-exist", 404);
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toEqual(expect.any(String));
  });

  const badLists = [
    { query: "category=bogus", field: "category" },
    { query: "pageSize=0", field: "pageSize" },
    { query: "pageSize=101", field: "pageSize" },
    { query: "page=0", field: "page" },
    { query: "units=furlongs", field: "units" },
    { query: "colour=red", field: "colour" },
  ];
  for (const { query, field } of badLists) {
    test(`GET /api/v1/products?${query} → 400 naming ${field}`, async ({ request }) => {
      const { body } = await getJson<ApiError>(request, `/api/v1/products?${query}`, 400);
      expect(body.error.code).toBe("validation");
      expect(body.error.fields).toBeDefined();
      expect(Object.keys(body.error.fields!)).toEqual([field]);
      expect(body.error.fields![field]).toEqual(expect.any(String));
    });
  }

  test("unknown parameter on a product → 400 naming it", async ({ request }) => {
    const { body } = await getJson<ApiError>(request, `/api/v1/products/${seed.a8v.slug}?colour=red`, 400);
    expect(body.error).toMatchObject({ code: "validation", fields: { colour: "unknown parameter" } });
  });
});

test.describe("security headers", () => {
  const targets = [
    { name: "page", url: "/" },
    { name: "product page", url: `/products/${seed.comnet.slug}` },
    { name: "API response", url: "/api/v1/products?pageSize=1" },
    { name: "API error", url: "/api/v1/products?pageSize=0" },
  ];
  for (const { name, url } of targets) {
    test(`${name} (${url}) sends the security headers`, async ({ request }) => {
      const response = await request.get(url);
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["content-security-policy"]).toMatch(/frame-ancestors '(none|self)'/);
      expect(headers["referrer-policy"]).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
      expect(headers["x-frame-options"]).toMatch(/^(DENY|SAMEORIGIN)$/i);
    });
  }

  test("the page CSP carries a per-request nonce that the JSON-LD script uses", async ({ page }) => {
    const response = await page.goto(`/products/${seed.comnet.slug}`);
    const csp = (await response!.headerValue("content-security-policy")) ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    // browsers hide the nonce attribute from getAttribute, but the property keeps it
    const scriptNonce = await page.locator('script[type="application/ld+json"]').evaluate((el) => (el as HTMLScriptElement).nonce);
    expect(scriptNonce).toBe(nonce);
    const second = await page.request.get(`/products/${seed.comnet.slug}`);
    expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
  });
});

test.describe("search API grammar", () => {
  test("a unit-aware lower bound: 262 ft includes the A8V MIND, 263 ft does not", async ({ request }) => {
    const slugs = async (radius: string) => {
      const res = await request.get(`/api/v1/products?category=perimeter-detection&detection_radius=${radius}&pageSize=100`);
      expect(res.status()).toBe(200);
      return ((await res.json()) as { items: { slug: string }[] }).items.map((i) => i.slug);
    };
    expect(await slugs("262ft..")).toContain("hexagon-a8v-mind");
    expect(await slugs("263ft..")).not.toContain("hexagon-a8v-mind");
    expect(await slugs("..80m")).toContain("hexagon-a8v-mind");
  });

  test("returns disjunctive facets of each kind", async ({ request }) => {
    const res = await request.get("/api/v1/products?category=network-switches&poe_standard=at&managed=true");
    const body = await res.json();
    expect(body.facets.poe_standard.kind).toBe("enum");
    // disjunctive: the poe_standard facet still counts the other standards
    const counts = Object.fromEntries(body.facets.poe_standard.values.map((v: { value: string; count: number }) => [v.value, v.count]));
    expect(counts.at).toBe(body.total);
    expect(body.facets.managed).toMatchObject({ kind: "boolean" });
    expect(body.facets.poe_power_per_port).toMatchObject({ kind: "number", unit: "W" });
    expect(body.facets.operating_temperature).toMatchObject({ kind: "range", unit: "°C" });
  });

  test("bad filters are 400 naming the parameter and what was expected", async ({ request }) => {
    const cases: [string, string, string][] = [
      ["poe_power_per_port=30kg..", "poe_power_per_port", "expected a power"],
      ["poe_power_per_port=60..30", "poe_power_per_port", "minimum must not exceed the maximum"],
      ["operating_temperature=-35..50", "operating_temperature", "covers:"],
      ["poe_standard=at,xyz", "poe_standard", "xyz"],
      ["no_such_spec=1..", "no_such_spec", "unknown parameter"],
      ["sort=-poe_standard", "sort", "numeric spec key"],
    ];
    for (const [query, field, message] of cases) {
      const res = await request.get(`/api/v1/products?category=network-switches&${query}`);
      expect(res.status(), query).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("validation");
      expect(body.error.fields[field], query).toContain(message);
    }
  });

  test("sorts by a numeric spec with products lacking it last", async ({ request }) => {
    const res = await request.get("/api/v1/products?category=network-switches&sort=-poe_budget&pageSize=100");
    const items = (await res.json()).items as { specs: { poe_budget: { value: number | null } } }[];
    const values = items.map((i) => i.specs.poe_budget.value);
    const stated = values.filter((v): v is number => v !== null);
    expect(stated).toEqual([...stated].sort((a, b) => b - a));
    expect(values.slice(stated.length).every((v) => v === null)).toBe(true);
  });

  test("serves an OpenAPI 3.1 document describing the filters", async ({ request }) => {
    const res = await request.get("/api/v1/openapi.json");
    expect(res.status()).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    const names = doc.paths["/api/v1/products"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(["category", "q", "sort", "poe_power_per_port", "detection_radius"]));
  });
});

test.describe("hostile input never reaches a 500", () => {
  for (const path of [
    "/api/v1/products?q=a%00b",
    "/api/v1/products/%00",
    "/api/v1/products/..%2F..%2Fetc",
    "/api/v1/products?manufacturer=%00",
    "/api/v1/compare?products=a%00,b",
    "/api/v1/products?poe_power_per_port=1e400..",
  ]) {
    test(`GET ${path} answers 4xx JSON`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBeGreaterThanOrEqual(400);
      expect(res.status()).toBeLessThan(500);
      expect((await res.json()).error.code).toMatch(/validation|not_found/);
    });
  }
});
