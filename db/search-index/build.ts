import "server-only";
import { sql } from "drizzle-orm";
import { categories as registryCategories, getCategory, listSpecs, requireSpec, type SpecDefinition } from "@/lib/specs";
import { isFilterable, isSortableSpec } from "@/lib/catalog-params";
import type { Db } from "../index";
import { rowsOf } from "../rows";

// A columnar, in-process copy of the published catalog's filterable and sortable values: one typed array per category and
// spec (NaN / -1 / 0-mask for "not stated"), so a search answers its total and every disjunctive facet count in
// one pass over memory instead of joins over product_specs. Built from the database; stale once the catalog
// version (catalog_state, bumped by triggers) moves on.

export type Column =
  | { kind: "number"; values: Float64Array }
  | { kind: "range"; min: Float64Array; max: Float64Array }
  | { kind: "boolean"; values: Int8Array }
  | { kind: "enum"; values: Int16Array }
  | { kind: "multi"; values: Uint32Array };

export interface CategoryIndex {
  slug: string;
  /** Product ids, in name order (manufacturer, name, id) as the SQL engine sorts them. */
  ids: Int32Array;
  /** Position of each product in the global name order (the SQL ORDER BY's collation). */
  nameRank: Int32Array;
  manufacturer: Int32Array;
  columns: Map<string, Column>;
}

export interface SearchIndex {
  version: number;
  categories: CategoryIndex[];
  manufacturerIds: Map<string, number>;
  /** Product id at each position of the global name order. */
  rankIds: Int32Array;
}

function emptyColumn(def: SpecDefinition, size: number): Column | null {
  switch (def.kind) {
    case "quantity":
    case "count":
      return { kind: "number", values: new Float64Array(size).fill(Number.NaN) };
    case "range":
      return { kind: "range", min: new Float64Array(size).fill(Number.NaN), max: new Float64Array(size).fill(Number.NaN) };
    case "boolean":
      return { kind: "boolean", values: new Int8Array(size).fill(-1) };
    case "enum":
      return { kind: "enum", values: new Int16Array(size).fill(-1) };
    case "multi_enum":
      if (def.options.length > 32) throw new Error(`${def.key}: more than 32 options do not fit a bit mask`);
      return { kind: "multi", values: new Uint32Array(size) };
    case "text":
      return null;
  }
}

// Specs the index holds: every filterable one, and every numeric one a list can be sorted by.
function indexed(def: SpecDefinition): boolean {
  return isFilterable(def) || isSortableSpec(def);
}

// Reads the catalog's version; for deciding whether an index is current.
export async function readCatalogVersion(db: Db): Promise<number> {
  const [row] = rowsOf<{ version: string | number }>(await db.execute(sql`select version from catalog_state where id = 1`));
  return Number(row?.version ?? 0);
}

// Loads a fresh index of the published catalog (all filterable spec values) at the current version, from one
// snapshot.
export async function buildSearchIndex(db: Db): Promise<SearchIndex> {
  return db.transaction((tx) => buildFromSnapshot(tx), { isolationLevel: "repeatable read", accessMode: "read only" });
}

async function buildFromSnapshot(db: Db): Promise<SearchIndex> {
  const version = await readCatalogVersion(db);
  const products = rowsOf<{ id: number; category: string; manufacturer: string }>(
    await db.execute(sql`select p.id, c.slug as category, mf.slug as manufacturer
      from products p join categories c on c.id = p.category_id join manufacturers mf on mf.id = p.manufacturer_id
      order by mf.name asc, p.name asc, p.id asc`),
  );
  const maxId = products.reduce((max, p) => Math.max(max, Number(p.id)), 0);
  const manufacturerIds = new Map<string, number>();
  const grouped = new Map<string, { id: number; rank: number; maker: number }[]>();
  products.forEach((p, rank) => {
    if (!manufacturerIds.has(p.manufacturer)) manufacturerIds.set(p.manufacturer, manufacturerIds.size);
    const list = grouped.get(p.category) ?? [];
    list.push({ id: Number(p.id), rank, maker: manufacturerIds.get(p.manufacturer)! });
    grouped.set(p.category, list);
  });

  const position = new Map<number, { category: CategoryIndex; at: number }>();
  const categoryIndexes = registryCategories.map<CategoryIndex>((c) => {
    const list = grouped.get(c.slug) ?? [];
    const index: CategoryIndex = {
      slug: c.slug,
      ids: Int32Array.from(list.map((p) => p.id)),
      nameRank: Int32Array.from(list.map((p) => p.rank)),
      manufacturer: Int32Array.from(list.map((p) => p.maker)),
      columns: new Map(),
    };
    for (const key of c.specs) {
      const def = requireSpec(key);
      const column = indexed(def) ? emptyColumn(def, list.length) : null;
      if (column) index.columns.set(key, column);
    }
    list.forEach((p, at) => position.set(p.id, { category: index, at }));
    return index;
  });

  const keys = listSpecs().filter(indexed).map((d) => d.key);
  const keyArray = sql`array[${sql.join(keys.map((k) => sql`${k}`), sql`, `)}]::text[]`;
  // in batches by product id, so a million-product catalog never holds all its rows as objects at once
  for (let after = 0; ; ) {
    const batch = rowsOf<SpecRow>(
      await db.execute(sql`select product_id, spec_key, number, range_min, range_max, flag, code, codes
        from product_specs where product_id > ${after} and product_id <= ${after + BATCH_PRODUCTS}
          and spec_key = any(${keyArray})`),
    );
    applyRows(batch, position);
    after += BATCH_PRODUCTS;
    if (after >= maxId) break;
  }
  return { version, categories: categoryIndexes, manufacturerIds, rankIds: Int32Array.from(products.map((p) => Number(p.id))) };
}

const BATCH_PRODUCTS = 20_000;

interface SpecRow {
  product_id: number;
  spec_key: string;
  number: number | null;
  range_min: number | null;
  range_max: number | null;
  flag: boolean | null;
  code: string | null;
  codes: string[] | null;
}

function applyRows(specRows: SpecRow[], position: Map<number, { category: CategoryIndex; at: number }>) {
  for (const row of specRows) {
    const at = position.get(Number(row.product_id));
    const column = at?.category.columns.get(row.spec_key);
    if (!at || !column) continue;
    const def = requireSpec(row.spec_key);
    const i = at.at;
    if (column.kind === "number" && row.number !== null) column.values[i] = Number(row.number);
    else if (column.kind === "range" && row.range_min !== null && row.range_max !== null) {
      column.min[i] = Number(row.range_min);
      column.max[i] = Number(row.range_max);
    } else if (column.kind === "boolean" && row.flag !== null) column.values[i] = row.flag ? 1 : 0;
    else if (column.kind === "enum" && def.kind === "enum" && row.code !== null) {
      column.values[i] = def.options.findIndex((o) => o.value === row.code);
    } else if (column.kind === "multi" && def.kind === "multi_enum" && row.codes) {
      let mask = 0;
      for (const code of row.codes) {
        const bit = def.options.findIndex((o) => o.value === code);
        if (bit >= 0) mask |= 1 << bit;
      }
      column.values[i] = mask >>> 0;
    }
  }
}

// The registry's category definition of an index entry; for the query module.
export function categoryDefinition(index: CategoryIndex) {
  return getCategory(index.slug)!;
}
