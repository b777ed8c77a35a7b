import { and, eq, notInArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { categories as registryCategories, getCategory, parseSpecInput, requireSpec } from "@/lib/specs";
import type { Db } from "../index";
import { categories, manufacturers, products, productSpecs } from "../schema";
import { toSourceColumns, toSpecColumns } from "../spec-storage";
import type { SeedProduct } from "./types";

export interface SeedReport {
  products: number;
  changedProducts: number;
  changedSpecs: number;
}

// The incoming row's value of a column in an upsert (column names are snake_case in the database).
function excluded(column: PgColumn): SQL {
  return sql`excluded.${sql.identifier(column.name.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`))}`;
}

// "Only when something differs", so that seeding twice leaves rows (and their updated_at) untouched.
function differs(columns: PgColumn[]): SQL {
  return sql.join(
    columns.map((c) => sql`${c} is distinct from ${excluded(c)}`),
    sql` or `,
  );
}

function validate(product: SeedProduct) {
  const category = getCategory(product.category);
  if (!category) throw new Error(`${product.slug}: unknown category '${product.category}'`);
  return Object.entries(product.specs).map(([key, spec]) => {
    if (!category.specs.includes(key)) throw new Error(`${product.slug}: '${key}' is not a ${category.slug} spec`);
    const def = requireSpec(key);
    const parsed = parseSpecInput(def, spec.value);
    if (!parsed.ok) throw new Error(`${product.slug}.${key}: ${parsed.message}`);
    return { specKey: key, ...toSpecColumns(def, parsed.value), ...toSourceColumns(spec.source) };
  });
}

// The text keyword search looks in: name, model number, manufacturer and summary; for writers of products.
export function searchTextOf(product: Pick<SeedProduct, "name" | "modelNumber" | "manufacturer" | "summary">): string {
  return [product.name, product.modelNumber, product.manufacturer.name, product.summary].join(" ");
}

// Writes categories (from the registry), manufacturers, products and their typed specs in one transaction,
// inserting or updating only what differs, so running it twice changes nothing. For the seed script and tests.
export async function seedCatalog(db: Db, seedProducts: readonly SeedProduct[]): Promise<SeedReport> {
  const validated = seedProducts.map((p) => ({ product: p, specs: validate(p) }));
  return db.transaction(async (tx) => {
    await tx
      .insert(categories)
      .values(registryCategories.map((c, i) => ({ slug: c.slug, name: c.name, sortOrder: i })))
      .onConflictDoUpdate({
        target: categories.slug,
        set: { name: sql`excluded.name`, sortOrder: sql`excluded.sort_order`, updatedAt: sql`now()` },
        setWhere: differs([categories.name, categories.sortOrder]),
      });
    const categoryIds = new Map((await tx.select().from(categories)).map((c) => [c.slug, c.id]));

    const makers = [...new Map(seedProducts.map((p) => [p.manufacturer.slug, p.manufacturer])).values()];
    if (makers.length > 0) {
      await tx
        .insert(manufacturers)
        .values(makers.map((m) => ({ slug: m.slug, name: m.name, website: m.website ?? null })))
        .onConflictDoUpdate({
          target: manufacturers.slug,
          set: { name: sql`excluded.name`, website: sql`excluded.website`, updatedAt: sql`now()` },
          setWhere: differs([manufacturers.name, manufacturers.website]),
        });
    }
    const makerIds = new Map((await tx.select().from(manufacturers)).map((m) => [m.slug, m.id]));

    let changedProducts = 0;
    let changedSpecs = 0;
    for (const { product, specs } of validated) {
      const written = await tx
        .insert(products)
        .values({
          slug: product.slug,
          name: product.name,
          modelNumber: product.modelNumber,
          manufacturerId: makerIds.get(product.manufacturer.slug)!,
          categoryId: categoryIds.get(product.category)!,
          summary: product.summary,
          demo: product.demo,
          searchText: searchTextOf(product),
        })
        .onConflictDoUpdate({
          target: products.slug,
          set: {
            name: sql`excluded.name`,
            modelNumber: sql`excluded.model_number`,
            manufacturerId: sql`excluded.manufacturer_id`,
            categoryId: sql`excluded.category_id`,
            summary: sql`excluded.summary`,
            demo: sql`excluded.demo`,
            searchText: sql`excluded.search_text`,
            updatedAt: sql`now()`,
          },
          setWhere: differs([products.name, products.modelNumber, products.manufacturerId, products.categoryId,
            products.summary, products.demo, products.searchText]),
        })
        .returning({ id: products.id });
      changedProducts += written.length;
      const [{ id }] = written.length > 0
        ? written
        : await tx.select({ id: products.id }).from(products).where(eq(products.slug, product.slug));

      const keys = specs.map((s) => s.specKey);
      const removed = await tx
        .delete(productSpecs)
        .where(and(eq(productSpecs.productId, id), keys.length ? notInArray(productSpecs.specKey, keys) : undefined))
        .returning({ key: productSpecs.specKey });
      changedSpecs += removed.length;
      if (specs.length === 0) continue;
      const upserted = await tx
        .insert(productSpecs)
        .values(specs.map((s) => ({ ...s, productId: id })))
        .onConflictDoUpdate({
          target: [productSpecs.productId, productSpecs.specKey],
          set: {
            ...Object.fromEntries(specValueColumns.map((c) => [c.key, excluded(c.column)])),
            updatedAt: sql`now()`,
          },
          setWhere: differs(specValueColumns.map((c) => c.column)),
        })
        .returning({ key: productSpecs.specKey });
      changedSpecs += upserted.length;
    }
    return { products: seedProducts.length, changedProducts, changedSpecs };
  });
}

const specValueColumns = (
  ["kind", "number", "rangeMin", "rangeMax", "flag", "code", "codes", "text", "sourceKind", "sourceUrl", "sourcePage",
    "sourceQuote", "sourceTitle"] as const
).map((key) => ({ key, column: productSpecs[key] as PgColumn }));

// Counts the products in the catalog; the start script seeds only an empty one.
export async function countProducts(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(products);
  return row.n;
}
