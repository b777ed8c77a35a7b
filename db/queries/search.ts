import "server-only";
import { sql, type SQL } from "drizzle-orm";
import {
  facetSpecsFor,
  HISTOGRAM_BUCKETS,
  histogramEdges,
  type CatalogQuery,
  type FacetResult,
} from "@/lib/catalog-params";
import type { SpecDefinition } from "@/lib/specs";
import type { Db } from "../index";
import { baseConditions, filterCondition, orderBy } from "./search-sql";
import { attachSpecs, type ProductRecord } from "./products";

export interface CatalogSearchResult {
  items: ProductRecord[];
  /** Exact number of products matching every filter. */
  total: number;
  facets: FacetResult[];
}

interface FacetRow {
  key: string;
  bucket: string | null;
  num: number | null;
  cnt: number | string | null;
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

function and(parts: SQL[]): SQL {
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

// One UNION ALL branch set per facet, over the joined rows j (that facet's values among products passing every
// other filter). Bucket names starting with "__" are bookkeeping, "h<i>" histogram buckets.
function facetBranches(def: SpecDefinition, cte: SQL, key: string): SQL[] {
  const stated = sql`select ${key}::text, '__stated', null::float8, count(*) from ${cte}`;
  switch (def.kind) {
    case "enum":
      return [stated, sql`select ${key}::text, code, null::float8, count(*) from ${cte} group by code`];
    case "multi_enum":
      return [
        stated,
        sql`select ${key}::text, u.code, null::float8, count(*) from ${cte} cross join unnest(codes) as u(code) group by u.code`,
      ];
    case "boolean":
      return [stated, sql`select ${key}::text, flag::text, null::float8, count(*) from ${cte} group by flag`];
    case "range":
      return [
        stated,
        sql`select ${key}::text, '__min', min(range_min), null from ${cte}`,
        sql`select ${key}::text, '__max', max(range_max), null from ${cte}`,
      ];
    case "quantity":
    case "count":
      return [
        stated,
        sql`select ${key}::text, '__min', min(number), null from ${cte}`,
        sql`select ${key}::text, '__max', max(number), null from ${cte}`,
        sql`select ${key}::text, 'h' || (case when b.mx = b.mn then 0
              else least(floor((j.number - b.mn) / (b.mx - b.mn) * ${HISTOGRAM_BUCKETS}), ${HISTOGRAM_BUCKETS - 1}) end)::int,
            null::float8, count(*)
            from ${cte} j cross join (select min(number) as mn, max(number) as mx from ${cte}) b group by 2`,
      ];
    case "text":
      return [];
  }
}

// Counts every facet of a view in one statement: products matching the non-spec conditions are flagged once per
// filter (CTE m), then each facet counts its values among products passing all the other filters (disjunctive).
async function countFacets(db: Db, query: CatalogQuery, defs: SpecDefinition[]) {
  const filters = query.filters;
  const flags = filters.map((f, i) => sql`${filterCondition(f)} as ${sql.identifier(`m${i}`)}`);
  const flag = (i: number) => sql`${sql.identifier(`m${i}`)}`;
  const allFlags = and(filters.map((_, i) => flag(i)));
  const exceptFlags = (key: string) => and(filters.flatMap((f, i) => (f.key === key ? [] : [flag(i)])));

  const ctes: SQL[] = [
    sql`m as materialized (select p.id${flags.length ? sql`, ${sql.join(flags, sql`, `)}` : sql``} from products p where ${baseConditions(query)})`,
  ];
  const branches: SQL[] = [
    sql`select '__total'::text as key, null::text as bucket, null::float8 as num, count(*) as cnt from m where ${allFlags}`,
  ];
  defs.forEach((def, i) => {
    const name = sql`${sql.identifier(`j${i}`)}`;
    ctes.push(sql`${name} as (select s.* from m join product_specs s on s.product_id = m.id and s.spec_key = ${def.key}
      where ${exceptFlags(def.key)})`);
    branches.push(sql`select ${def.key}::text, '__base', null::float8, count(*) from m where ${exceptFlags(def.key)}`);
    branches.push(...facetBranches(def, name, def.key));
  });
  const statement = sql`with ${sql.join(ctes, sql`, `)} ${sql.join(branches, sql` union all `)}`;
  return rowsOf<FacetRow>(await db.execute(statement)).map((r) => ({
    key: r.key,
    bucket: r.bucket,
    num: r.num === null ? null : Number(r.num),
    cnt: r.cnt === null ? 0 : Number(r.cnt),
  }));
}

function assembleFacet(def: SpecDefinition, rows: { bucket: string | null; num: number | null; cnt: number }[]): FacetResult {
  const get = (bucket: string) => rows.find((r) => r.bucket === bucket);
  const notStated = (get("__base")?.cnt ?? 0) - (get("__stated")?.cnt ?? 0);
  switch (def.kind) {
    case "enum":
    case "multi_enum":
      return {
        kind: "enum",
        key: def.key,
        values: def.options.map((o) => ({ value: o.value, label: o.label, count: get(o.value)?.cnt ?? 0 })),
        notStated,
      };
    case "boolean":
      return { kind: "boolean", key: def.key, true: get("true")?.cnt ?? 0, false: get("false")?.cnt ?? 0, notStated };
    case "range":
      return { kind: "range", key: def.key, unit: def.unit, min: get("__min")?.num ?? null, max: get("__max")?.num ?? null, notStated };
    case "quantity":
    case "count": {
      const min = get("__min")?.num ?? null;
      const max = get("__max")?.num ?? null;
      const histogram =
        min === null || max === null
          ? []
          : histogramEdges(min, max).map((edge, i) => ({ ...edge, count: get(`h${i}`)?.cnt ?? 0 }));
      return { kind: "number", key: def.key, unit: def.kind === "quantity" ? def.unit : null, min, max, histogram, notStated };
    }
    case "text":
      throw new Error(`text spec '${def.key}' is not a facet`);
  }
}

// Searches the published catalog: category, manufacturer, keywords and spec filters (CatalogQuery, already
// validated by lib/catalog-params), one sorted page of products, the exact total and every facet's disjunctive
// counts (facets: false skips them). For /products, manufacturer pages and GET /api/v1/products.
export async function searchCatalog(
  db: Db,
  query: CatalogQuery,
  options: { facets: boolean } = { facets: true },
): Promise<CatalogSearchResult> {
  const defs = options.facets ? facetSpecsFor(query.category, query.filters) : [];
  const where = and([baseConditions(query), ...query.filters.map((f) => filterCondition(f))]);
  // one snapshot, so the total, the facets and the page agree even while the catalog changes
  return db.transaction(
    async (tx) => {
      const facetRows = await countFacets(tx, query, defs);
      const total = facetRows.find((r) => r.key === "__total")?.cnt ?? 0;
      const facets = defs.map((def) => assembleFacet(def, facetRows.filter((r) => r.key === def.key)));
      const page = rowsOf<{ id: number }>(
        await tx.execute(sql`select p.id from products p join manufacturers mf on mf.id = p.manufacturer_id
          where ${where} order by ${orderBy(query)} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`),
      ).map((r) => Number(r.id));
      return { items: await attachSpecs(tx, page), total, facets };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
