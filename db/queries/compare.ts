import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { SpecFilter } from "@/lib/catalog-params";
import type { Db } from "../index";
import { manufacturers, products } from "../schema";
import { attachSpecs, type ProductRecord } from "./products";
import { filterCondition } from "./search-sql";
import { rowsOf } from "../rows";

// The published products with these slugs in the order given, and the slugs that match none; for /compare,
// the compare tray and GET /api/v1/compare.
export async function getProductsBySlugs(
  db: Db,
  slugs: readonly string[],
): Promise<{ products: ProductRecord[]; missing: string[] }> {
  if (slugs.length === 0) return { products: [], missing: [] };
  const rows = await db.select({ id: products.id, slug: products.slug }).from(products).where(inArray(products.slug, [...slugs]));
  const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const found = await attachSpecs(db, slugs.flatMap((s) => (idBySlug.has(s) ? [idBySlug.get(s)!] : [])));
  return { products: found, missing: slugs.filter((s) => !idBySlug.has(s)) };
}

export interface AlternativesParams {
  category: string;
  requirements: readonly SpecFilter[];
  excludeSlugs: readonly string[];
  limit: number;
}

// Products of a category ranked by how many requirements they meet (all first), then by name; the compared
// products are left out. For the "closest alternatives" under a comparison.
export async function findAlternatives(
  db: Db,
  params: AlternativesParams,
): Promise<{ product: ProductRecord; met: number }[]> {
  if (params.requirements.length === 0) return [];
  const score = sql.join(
    params.requirements.map((r) => sql`(case when ${filterCondition(r, { allOf: true })} then 1 else 0 end)`),
    sql` + `,
  );
  const exclude = params.excludeSlugs.length
    ? sql`and p.slug not in (${sql.join(params.excludeSlugs.map((s) => sql`${s}`), sql`, `)})`
    : sql``;
  const result = await db.execute(sql`select p.id, (${score}) as met
    from products p join manufacturers mf on mf.id = p.manufacturer_id
    where p.category_id = (select id from categories where slug = ${params.category}) ${exclude}
    order by met desc, mf.name asc, p.name asc, p.id asc limit ${params.limit}`);
  const rows = rowsOf<{ id: number; met: number | string }>(result);
  const met = new Map(rows.map((r) => [Number(r.id), Number(r.met)]));
  const records = await attachSpecs(db, rows.map((r) => Number(r.id)));
  return records.map((product) => ({ product, met: met.get(product.id) ?? 0 }));
}

// Names of the products with these slugs, in the order given (unknown slugs left out); for the compare tray.
export async function getProductLabels(
  db: Db,
  slugs: readonly string[],
): Promise<{ slug: string; name: string; manufacturer: string }[]> {
  if (slugs.length === 0) return [];
  const rows = await db
    .select({ slug: products.slug, name: products.name, manufacturer: manufacturers.name })
    .from(products)
    .innerJoin(manufacturers, eq(manufacturers.id, products.manufacturerId))
    .where(inArray(products.slug, [...slugs]));
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return slugs.flatMap((s) => (bySlug.has(s) ? [bySlug.get(s)!] : []));
}
