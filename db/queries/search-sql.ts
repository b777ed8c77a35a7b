import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { CatalogQuery, SpecFilter } from "@/lib/catalog-params";
import { requireSpec } from "@/lib/specs";

// SQL building blocks of catalog search, shared by the result and facet queries (search.ts). Every value is a
// bound parameter; spec keys come from the registry and are bound too.

// The product conditions that are not spec filters: category, manufacturer, keywords (alias p = products).
export function baseConditions(query: CatalogQuery): SQL {
  const parts: SQL[] = [sql`true`];
  if (query.category) parts.push(sql`p.category_id = (select id from categories where slug = ${query.category})`);
  if (query.manufacturer) {
    parts.push(sql`p.manufacturer_id = (select id from manufacturers where slug = ${query.manufacturer})`);
  }
  for (const word of keywordWords(query.q)) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // stemmed full-text match ("cameras" finds "camera") or a substring (partial model numbers, "cnge6")
    parts.push(sql`(p.search_vector @@ plainto_tsquery('english', ${word}) or p.search_text ilike ${pattern})`);
  }
  return sql.join(parts, sql` and `);
}

// The keywords of a query, at most eight; for search conditions and relevance.
export function keywordWords(q: string | undefined): string[] {
  return (q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8);
}

function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
}

// Whether product p passes one spec filter (a missing value never passes). With `allOf`, a multi-enum must
// include every listed option (a requirement) instead of any of them (a filter).
export function filterCondition(filter: SpecFilter, options: { allOf?: boolean } = {}): SQL {
  const s = sql`s.product_id = p.id and s.spec_key = ${filter.key}`;
  switch (filter.kind) {
    case "number": {
      const lo = filter.min === undefined ? sql`` : sql` and s.number >= ${filter.min}`;
      const hi = filter.max === undefined ? sql`` : sql` and s.number <= ${filter.max}`;
      return sql`exists (select 1 from product_specs s where ${s}${lo}${hi})`;
    }
    case "covers": {
      const lo = filter.min === undefined ? sql`` : sql` and s.range_min <= ${filter.min}`;
      const hi = filter.max === undefined ? sql`` : sql` and s.range_max >= ${filter.max}`;
      return sql`exists (select 1 from product_specs s where ${s}${lo}${hi})`;
    }
    case "boolean":
      return sql`exists (select 1 from product_specs s where ${s} and s.flag = ${filter.value})`;
    case "options":
      return requireSpec(filter.key).kind === "multi_enum"
        ? options.allOf
          ? sql`exists (select 1 from product_specs s where ${s} and s.codes @> ${textArray(filter.values)})`
          : sql`exists (select 1 from product_specs s where ${s} and s.codes && ${textArray(filter.values)})`
        : sql`exists (select 1 from product_specs s where ${s} and s.code = any(${textArray(filter.values)}))`;
  }
}

// The ORDER BY of a result page: relevance (with keywords), name, or a numeric spec with missing values last.
export function orderBy(query: CatalogQuery): SQL {
  const byName = sql`mf.name asc, p.name asc, p.id asc`;
  const sort = query.sort ?? (query.q ? "relevance" : "name");
  if (sort === "name") return byName;
  if (sort === "-name") return sql`mf.name desc, p.name desc, p.id desc`;
  if (sort === "relevance") {
    const q = keywordWords(query.q).join(" ");
    if (!q) return byName;
    return sql`ts_rank(p.search_vector, plainto_tsquery('english', ${q})) desc, similarity(p.search_text, ${q}) desc, ${byName}`;
  }
  const descending = sort.startsWith("-");
  const key = descending ? sort.slice(1) : sort;
  const value = sql`(select s.number from product_specs s where s.product_id = p.id and s.spec_key = ${key})`;
  return descending ? sql`${value} desc nulls last, ${byName}` : sql`${value} asc nulls last, ${byName}`;
}
