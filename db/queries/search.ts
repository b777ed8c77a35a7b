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
import { getSearchIndex, peekSearchIndex } from "../search-index/cache";
import { queryIndex } from "../search-index/query";
import { attachSpecs, attachSpecsWithVersion, type ProductRecord } from "./products";
import { rowsOf } from "../rows";

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

function and(parts: SQL[]): SQL {
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

// Counts every facet of a view in one statement and one pass over the facet values:
// - m: the products matching the non-spec conditions, flagged once per filter;
// - v: their facet values, each kept when its product passes every filter except those on the value's own key
//   (disjunctive counting);
// - a handful of GROUP BY branches over v (stated counts, min/max, option counts, booleans, histograms).
// Rows come back as (key, bucket, num, cnt); buckets starting "__" are bookkeeping, "h<i>" histogram buckets.
async function countFacets(db: Db, query: CatalogQuery, defs: SpecDefinition[]): Promise<FacetCountRow[]> {
  const filters = query.filters;
  const flags = filters.map((f, i) => sql`${filterCondition(f)} as ${sql.identifier(`m${i}`)}`);
  const flag = (i: number) => sql`${sql.identifier(`m${i}`)}`;
  const allFlags = and(filters.map((_, i) => flag(i)));
  const exceptFlags = (key: string) => and(filters.flatMap((f, i) => (f.key === key ? [] : [flag(i)])));
  const keys = defs.map((d) => d.key);
  const filteredKeys = [...new Set(filters.map((f) => f.key))].filter((k) => keys.includes(k));
  const countsHere = filteredKeys.length
    ? sql`(case ${sql.join(filteredKeys.map((k) => sql`when s.spec_key = ${k} then ${exceptFlags(k)}`), sql` `)} else ${allFlags} end)`
    : allFlags;
  const keyArray = sql`array[${sql.join(keys.map((k) => sql`${k}`), sql`, `)}]::text[]`;

  const ctes = [
    sql`m as materialized (select p.id${flags.length ? sql`, ${sql.join(flags, sql`, `)}` : sql``} from products p where ${baseConditions(query)})`,
  ];
  const branches: SQL[] = [
    sql`select '__total'::text as key, null::text as bucket, null::float8 as num, count(*) as cnt from m where ${allFlags}`,
    ...filteredKeys.map((k) => sql`select ${k}::text, '__base', null::float8, count(*) from m where ${exceptFlags(k)}`),
  ];
  if (keys.length > 0) {
    ctes.push(sql`v as materialized (select s.spec_key, s.number, s.range_min, s.range_max, s.flag, s.code, s.codes
      from m join product_specs s on s.product_id = m.id where s.spec_key = any(${keyArray}) and ${countsHere})`);
    branches.push(
      sql`select spec_key, '__stated', null::float8, count(*) from v group by spec_key`,
      sql`select spec_key, '__min', min(coalesce(number, range_min)), null from v group by spec_key`,
      sql`select spec_key, '__max', max(coalesce(number, range_max)), null from v group by spec_key`,
      sql`select spec_key, code, null::float8, count(*) from v where code is not null group by spec_key, code`,
      sql`select spec_key, u.code, null::float8, count(*) from v cross join unnest(v.codes) as u(code) group by spec_key, u.code`,
      sql`select spec_key, flag::text, null::float8, count(*) from v where flag is not null group by spec_key, flag`,
      sql`select spec_key, 'h' || (case when mx = mn then 0
            else least(floor((number - mn) / (mx - mn) * ${HISTOGRAM_BUCKETS}), ${HISTOGRAM_BUCKETS - 1}) end)::int,
          null::float8, count(*)
          from (select spec_key, number, min(number) over w as mn, max(number) over w as mx
                from v where number is not null window w as (partition by spec_key)) h
          group by 1, 2`,
    );
  }
  const statement = sql`with ${sql.join(ctes, sql`, `)} ${sql.join(branches, sql` union all `)}`;
  const rows = rowsOf<FacetRow>(await db.execute(statement)).map((r) => ({
    key: r.key,
    bucket: r.bucket,
    num: r.num === null ? null : Number(r.num),
    cnt: r.cnt === null ? 0 : Number(r.cnt),
  }));
  // a facet without a filter of its own is counted among all matching products: its base is the total
  const total = rows.find((r) => r.key === "__total")?.cnt ?? 0;
  for (const key of keys) {
    if (!filteredKeys.includes(key)) rows.push({ key, bucket: "__base", num: null, cnt: total });
  }
  return rows;
}

interface FacetCountRow {
  key: string;
  bucket: string | null;
  num: number | null;
  cnt: number;
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

export interface SearchOptions {
  /** Count facets (default true). */
  facets?: boolean;
  /** "auto" (default): the in-process index unless the query has keywords; "sql" forces the SQL engine. */
  engine?: "auto" | "sql" | "index";
}

const MAX_INDEX_FILTERS = 30; // filter bits must fit a 32-bit mask

// Searches the published catalog: category, manufacturer, keywords and spec filters (CatalogQuery, already
// validated by lib/catalog-params), one sorted page of products, the exact total and every facet's disjunctive
// counts (facets: false skips them). Keyword-free queries are answered from the in-process index
// (db/search-index), keyword queries by SQL (full text + trigram); both give the same answers (see
// search.differential.test.ts). For /products, manufacturer pages and GET /api/v1/products.
export async function searchCatalog(db: Db, query: CatalogQuery, options: SearchOptions = {}): Promise<CatalogSearchResult> {
  const facets = options.facets ?? true;
  const engine = options.engine ?? "auto";
  const useIndex = engine === "index" || (engine === "auto" && !query.q && query.filters.length <= MAX_INDEX_FILTERS);
  if (!useIndex) return searchWithSql(db, query, facets);
  // fast path: answer from the index held, fetch the page, and keep the answer when the page fetch saw the catalog
  // at the index's version (every catalog change bumps it in the same transaction), saving a version read
  const held = await peekSearchIndex(db)?.catch(() => undefined);
  if (held) {
    const result = queryIndex(held, query, { facets });
    const page = await attachSpecsWithVersion(db, result.pageIds);
    if (page.version === held.version) return { items: page.items, total: result.total, facets: result.facets };
  }
  const result = queryIndex(await getSearchIndex(db), query, { facets });
  return { items: await attachSpecs(db, result.pageIds), total: result.total, facets: result.facets };
}

async function searchWithSql(db: Db, query: CatalogQuery, withFacets: boolean): Promise<CatalogSearchResult> {
  const defs = withFacets ? facetSpecsFor(query.category, query.filters) : [];
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
