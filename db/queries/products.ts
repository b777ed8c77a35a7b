import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
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

function baseQuery(db: Db) {
  return db
    .select(productColumns)
    .from(products)
    .innerJoin(categories, eq(products.categoryId, categories.id))
    .innerJoin(manufacturers, eq(products.manufacturerId, manufacturers.id));
}

// Loads products by id, in the order given, with all their stated specs and sources; for search and list queries.
export async function attachSpecs(db: Db, ids: readonly number[]): Promise<ProductRecord[]> {
  if (ids.length === 0) return [];
  // two independent reads, sent together (postgres.js runs them on two pool connections)
  const [rows, specRows] = await Promise.all([
    baseQuery(db).where(inArray(products.id, [...ids])),
    db.select().from(productSpecs).where(inArray(productSpecs.productId, [...ids])).orderBy(asc(productSpecs.specKey)),
  ]);
  const byProduct = new Map<number, ProductSpecEntry[]>();
  for (const row of specRows) {
    const value = fromSpecColumns(row);
    if (value === null) continue;
    const list = byProduct.get(row.productId) ?? [];
    list.push({ key: row.specKey, value, source: fromSourceColumns(row) });
    byProduct.set(row.productId, list);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{
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
    }];
  });
}

// One published product with all its stated specs and their sources, or null; for the product page and API.
export async function getProductBySlug(db: Db, slug: string): Promise<ProductRecord | null> {
  const [row] = await db.select({ id: products.id }).from(products).where(eq(products.slug, slug)).limit(1);
  if (!row) return null;
  const [product] = await attachSpecs(db, [row.id]);
  return product ?? null;
}
