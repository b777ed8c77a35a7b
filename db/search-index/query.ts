import "server-only";
import {
  facetSpecsFor,
  histogramBucket,
  histogramEdges,
  type CatalogQuery,
  type FacetResult,
  type SpecFilter,
} from "@/lib/catalog-params";
import { requireSpec, type SpecDefinition } from "@/lib/specs";
import type { Column, SearchIndex } from "./build";

type Predicate = (i: number) => boolean;

const never: Predicate = () => false;

// A filter as a test on position i of a category's columns; the same semantics as the SQL engine (inclusive
// bounds, a missing value never passes; options: enum one of / multi-enum any of; covers contains).
function compile(filter: SpecFilter, column: Column | undefined): Predicate {
  if (!column) return never;
  switch (filter.kind) {
    case "number": {
      if (column.kind !== "number") return never;
      const v = column.values;
      const lo = filter.min ?? -Infinity;
      const hi = filter.max ?? Infinity;
      return (i) => v[i] >= lo && v[i] <= hi; // NaN (not stated) fails both
    }
    case "covers": {
      if (column.kind !== "range") return never;
      const { min, max } = column;
      const lo = filter.min;
      const hi = filter.max;
      return (i) => !Number.isNaN(min[i]) && (lo === undefined || min[i] <= lo) && (hi === undefined || max[i] >= hi);
    }
    case "boolean": {
      if (column.kind !== "boolean") return never;
      const want = filter.value ? 1 : 0;
      return (i) => column.values[i] === want;
    }
    case "options": {
      const def = requireSpec(filter.key);
      if (def.kind !== "enum" && def.kind !== "multi_enum") return never;
      const bits = filter.values.map((v) => def.options.findIndex((o) => o.value === v)).filter((b) => b >= 0);
      if (column.kind === "enum") {
        const allowed = new Set(bits);
        return (i) => allowed.has(column.values[i]);
      }
      if (column.kind === "multi") {
        const mask = bits.reduce((m, b) => (m | (1 << b)) >>> 0, 0);
        return (i) => (column.values[i] & mask) !== 0;
      }
      return never;
    }
  }
}

interface FacetTally {
  def: SpecDefinition;
  /** Bits of the filters on this facet's own key (left out when counting it). */
  ownBits: number;
  base: number;
  stated: number;
  options: number[];
  yes: number;
  no: number;
  min: number;
  max: number;
  values: number[];
}

function isStated(column: Column | undefined, i: number): boolean {
  if (!column) return false;
  switch (column.kind) {
    case "number":
      return !Number.isNaN(column.values[i]);
    case "range":
      return !Number.isNaN(column.min[i]);
    case "boolean":
    case "enum":
      return column.values[i] >= 0;
    case "multi":
      return column.values[i] !== 0;
  }
}

function tally(t: FacetTally, column: Column | undefined, i: number) {
  t.base++;
  if (!column || !isStated(column, i)) return;
  t.stated++;
  switch (column.kind) {
    case "number": {
      const v = column.values[i];
      if (v < t.min) t.min = v;
      if (v > t.max) t.max = v;
      t.values.push(v);
      break;
    }
    case "range":
      if (column.min[i] < t.min) t.min = column.min[i];
      if (column.max[i] > t.max) t.max = column.max[i];
      break;
    case "boolean":
      if (column.values[i] === 1) t.yes++;
      else t.no++;
      break;
    case "enum":
      t.options[column.values[i]]++;
      break;
    case "multi": {
      const mask = column.values[i];
      for (let b = 0; b < t.options.length; b++) if (mask & (1 << b)) t.options[b]++;
      break;
    }
  }
}

function finish(t: FacetTally): FacetResult {
  const def = t.def;
  const notStated = t.base - t.stated;
  const min = t.stated ? t.min : null;
  const max = t.stated ? t.max : null;
  switch (def.kind) {
    case "enum":
    case "multi_enum":
      return {
        kind: "enum",
        key: def.key,
        values: def.options.map((o, b) => ({ value: o.value, label: o.label, count: t.options[b] })),
        notStated,
      };
    case "boolean":
      return { kind: "boolean", key: def.key, true: t.yes, false: t.no, notStated };
    case "range":
      return { kind: "range", key: def.key, unit: def.unit, min, max, notStated };
    case "quantity":
    case "count": {
      const histogram =
        min === null || max === null
          ? []
          : histogramEdges(min, max).map((edge) => ({ ...edge, count: 0 }));
      if (min !== null && max !== null) {
        for (const v of t.values) histogram[histogramBucket(v, min, max)].count++;
      }
      return { kind: "number", key: def.key, unit: def.kind === "quantity" ? def.unit : null, min, max, histogram, notStated };
    }
    case "text":
      throw new Error(`text spec '${def.key}' is not a facet`);
  }
}

function sortKey(query: CatalogQuery): { key: string | null; descending: boolean } {
  const sort = query.sort ?? "name";
  if (sort === "name" || sort === "relevance") return { key: null, descending: false };
  if (sort === "-name") return { key: null, descending: true };
  return sort.startsWith("-") ? { key: sort.slice(1), descending: true } : { key: sort, descending: false };
}

// Answers a keyword-free catalog query from the index in one pass per category in scope: the exact total, every
// facet counted disjunctively, and the ids of the requested page in the SQL engine's order. For searchCatalog.
export function queryIndex(
  index: SearchIndex,
  query: CatalogQuery,
  options: { facets: boolean },
): { total: number; facets: FacetResult[]; pageIds: number[] } {
  const defs = options.facets ? facetSpecsFor(query.category, query.filters) : [];
  const scope = query.category ? index.categories.filter((c) => c.slug === query.category) : index.categories;
  const maker = query.manufacturer === undefined ? -1 : (index.manufacturerIds.get(query.manufacturer) ?? -2);
  const filters = query.filters;
  const all = filters.length === 0 ? 0 : (2 ** filters.length - 1) >>> 0;
  const tallies: FacetTally[] = defs.map((def) => ({
    def,
    ownBits: filters.reduce((m, f, b) => (f.key === def.key ? (m | (1 << b)) >>> 0 : m), 0),
    base: 0, stated: 0, yes: 0, no: 0, min: Infinity, max: -Infinity, values: [],
    options: def.kind === "enum" || def.kind === "multi_enum" ? new Array(def.options.length).fill(0) : [],
  }));
  const { key: sortSpec, descending } = sortKey(query);
  const matches: { rank: number; id: number; value: number }[] = [];
  let total = 0;

  for (const category of scope) {
    const tests = filters.map((f) => compile(f, category.columns.get(f.key)));
    const columns = tallies.map((t) => category.columns.get(t.def.key));
    const sortColumn = sortSpec ? category.columns.get(sortSpec) : undefined;
    for (let i = 0; i < category.ids.length; i++) {
      if (maker !== -1 && category.manufacturer[i] !== maker) continue;
      let bits = 0;
      for (let f = 0; f < tests.length; f++) if (tests[f](i)) bits |= 1 << f;
      bits >>>= 0;
      if (bits === all) {
        total++;
        const value = sortColumn?.kind === "number" ? sortColumn.values[i] : Number.NaN;
        matches.push({ rank: category.nameRank[i], id: category.ids[i], value });
      }
      for (let t = 0; t < tallies.length; t++) {
        if (((bits | tallies[t].ownBits) >>> 0) === all) tally(tallies[t], columns[t], i);
      }
    }
  }

  matches.sort((a, b) => {
    if (sortSpec) {
      const aMissing = Number.isNaN(a.value);
      const bMissing = Number.isNaN(b.value);
      if (aMissing !== bMissing) return aMissing ? 1 : -1; // without a value last, either direction
      if (!aMissing && a.value !== b.value) return descending ? b.value - a.value : a.value - b.value;
      return a.rank - b.rank;
    }
    return descending ? b.rank - a.rank : a.rank - b.rank;
  });
  const offset = (query.page - 1) * query.pageSize;
  return {
    total,
    facets: tallies.map(finish),
    pageIds: matches.slice(offset, offset + query.pageSize).map((m) => m.id),
  };
}

