import "server-only";
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { SpecSource, SpecValue } from "@/lib/specs";
import type { Db } from "../index";
import { categories, manufacturers, products, productSpecs } from "../schema";
import { fromSourceColumns, fromSpecColumns } from "../spec-storage";

export interface ProductSpecEntry {
  key: string;
  value: SpecValue;
  source: SpecSource;
}

export interface ProductRecord {
  id: number;
  slug: string;
  name: string;
  modelNumber: string;
  summary: string;
  demo: boolean;
  updatedAt: Date;
  category: { slug: string; name: string };
  manufacturer: { slug: string; name: string; website: string | null };
  /** Stated specs only; a key that is absent is "not stated". */
  specs: ProductSpecEntry[];
}

export interface ListProductsParams {
  category?: string;
  manufacturer?: string;
  q?: string;
  page: number;
  pageSize: number;
}

const productColumns = {
  id: products.id,
  slug: products.slug,
  name: products.name,
  modelNumber: products.modelNumber,
  summary: products.summary,
  demo: products.demo,
  updatedAt: products.updatedAt,
  categorySlug: categories.slug,
  categoryName: categories.name,
  manufacturerSlug: manufacturers.slug,
  manufacturerName: manufacturers.name,
  manufacturerWebsite: manufacturers.website,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// Every word must appear in the name, model number, manufacturer or summary (case-insensitive).
function keywordFilter(q: string | undefined): SQL | undefined {
  const words = (q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((word) => {
      const pattern = `%${escapeLike(word)}%`;
      return or(
        ilike(products.name, pattern),
        ilike(products.modelNumber, pattern),
        ilike(manufacturers.name, pattern),
        ilike(products.summary, pattern),
      );
    }),
  );
}

function baseQuery(db: Db) {
  return db
    .select(productColumns)
    .from(products)
    .innerJoin(categories, eq(products.categoryId, categories.id))
    .innerJoin(manufacturers, eq(products.manufacturerId, manufacturers.id));
}

async function attachSpecs(db: Db, rows: Awaited<ReturnType<ReturnType<typeof baseQuery>["execute"]>>) {
  const ids = rows.map((r) => r.id);
  const specRows = ids.length
    ? await db.select().from(productSpecs).where(inArray(productSpecs.productId, ids)).orderBy(asc(productSpecs.specKey))
    : [];
  const byProduct = new Map<number, ProductSpecEntry[]>();
  for (const row of specRows) {
    const value = fromSpecColumns(row);
    if (value === null) continue;
    const list = byProduct.get(row.productId) ?? [];
    list.push({ key: row.specKey, value, source: fromSourceColumns(row) });
    byProduct.set(row.productId, list);
  }
  return rows.map<ProductRecord>((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    modelNumber: r.modelNumber,
    summary: r.summary,
    demo: r.demo,
    updatedAt: r.updatedAt,
    category: { slug: r.categorySlug, name: r.categoryName },
    manufacturer: { slug: r.manufacturerSlug, name: r.manufacturerName, website: r.manufacturerWebsite },
    specs: byProduct.get(r.id) ?? [],
  }));
}

// Lists published products by category, manufacturer and keywords, ordered by maker and name, one page at a time, with the exact
// total; for the catalog pages and GET /api/v1/products. Callers validate params (lib/catalog-params).
export async function listProducts(db: Db, params: ListProductsParams): Promise<{ items: ProductRecord[]; total: number }> {
  const where = and(
    params.category ? eq(categories.slug, params.category) : undefined,
    params.manufacturer ? eq(manufacturers.slug, params.manufacturer) : undefined,
    keywordFilter(params.q),
  );
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(products)
    .innerJoin(categories, eq(products.categoryId, categories.id))
    .innerJoin(manufacturers, eq(products.manufacturerId, manufacturers.id))
    .where(where);
  const rows = await baseQuery(db)
    .where(where)
    .orderBy(asc(manufacturers.name), asc(products.name), asc(products.id))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize);
  return { items: await attachSpecs(db, rows), total };
}

// One published product with all its stated specs and their sources, or null; for the product page and API.
export async function getProductBySlug(db: Db, slug: string): Promise<ProductRecord | null> {
  const rows = await baseQuery(db).where(eq(products.slug, slug)).limit(1);
  if (rows.length === 0) return null;
  const [product] = await attachSpecs(db, rows);
  return product;
}
