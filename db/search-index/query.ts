import "server-only";
import {
  facetSpecsFor,
  HISTOGRAM_BUCKETS,
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
  /** Per histogram bucket; filled in a second pass once min and max are known. */
  buckets: number[];
}

// Counts one facet over one category, column at a time: `counts[i]` says whether product i counts for this facet
// (it passes every filter but the facet's own).
function tallyColumn(t: FacetTally, column: Column | undefined, n: number, counts: Uint8Array, base: number) {
  t.base += base;
  if (!column) return;
  switch (column.kind) {
    case "number": {
      const v = column.values;
      for (let i = 0; i < n; i++) {
        const x = v[i];
        if (x === x && counts[i]) {
          t.stated++;
          if (x < t.min) t.min = x;
          if (x > t.max) t.max = x;
        }
      }
      break;
    }
    case "range":
      for (let i = 0; i < n; i++) {
        if (column.min[i] === column.min[i] && counts[i]) {
          t.stated++;
          if (column.min[i] < t.min) t.min = column.min[i];
          if (column.max[i] > t.max) t.max = column.max[i];
        }
      }
      break;
    case "boolean":
      for (let i = 0; i < n; i++) {
        const x = column.values[i];
        if (x >= 0 && counts[i]) {
          t.stated++;
          if (x === 1) t.yes++;
          else t.no++;
        }
      }
      break;
    case "enum":
      for (let i = 0; i < n; i++) {
        const x = column.values[i];
        if (x >= 0 && counts[i]) {
          t.stated++;
          t.options[x]++;
        }
      }
      break;
    case "multi":
      for (let i = 0; i < n; i++) {
        const mask = column.values[i];
        if (mask !== 0 && counts[i]) {
          t.stated++;
          for (let b = 0; b < t.options.length; b++) if (mask & (1 << b)) t.options[b]++;
        }
      }
      break;
  }
}

// The histogram pass of a number facet over one category, once the facet's min and max are known.
function bucketColumn(t: FacetTally, column: Column | undefined, n: number, counts: Uint8Array) {
  if (column?.kind !== "number" || t.stated === 0) return;
  const v = column.values;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (x === x && counts[i]) t.buckets[histogramBucket(x, t.min, t.max)]++;
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
        min === null || max === null ? [] : histogramEdges(min, max).map((edge, i) => ({ ...edge, count: t.buckets[i] }));
      return { kind: "number", key: def.key, unit: def.kind === "quantity" ? def.unit : null, min, max, histogram, notStated };
    }
    case "text":
      throw new Error(`text spec '${def.key}' is not a facet`);
  }
}

// The name ranks of one page of matches: by name (ranks ascending, or descending for -name), or by a numeric
// value with missing values last and ties by name.
function selectPage(ranks: number[], values: number[] | null, descending: boolean, offset: number, size: number): number[] {
  if (!values) {
    const sorted = Int32Array.from(ranks).sort();
    if (descending) sorted.reverse();
    return Array.from(sorted.subarray(offset, offset + size));
  }
  // comes first: missing values last either way, then by value, ties by name
  const before = (a: number, b: number) => {
    const va = values[a];
    const vb = values[b];
    const aMissing = va !== va;
    const bMissing = vb !== vb;
    if (aMissing !== bMissing) return !aMissing;
    if (!aMissing && va !== vb) return descending ? va > vb : va < vb;
    return ranks[a] < ranks[b];
  };
  const k = Math.min(ranks.length, offset + size);
  if (k === 0) return [];
  // keep the k first in a max-heap (its root is the worst kept), then sort those k
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[parent], heap[i])) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && before(heap[worst], heap[l])) worst = l;
      if (r < heap.length && before(heap[worst], heap[r])) worst = r;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i], heap[worst]];
      i = worst;
    }
  };
  for (let i = 0; i < ranks.length; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (before(i, heap[0])) {
      heap[0] = i;
      down(0);
    }
  }
  heap.sort((a, b) => (before(a, b) ? -1 : 1));
  return heap.slice(offset, offset + size).map((i) => ranks[i]);
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
    base: 0, stated: 0, yes: 0, no: 0, min: Infinity, max: -Infinity, buckets: [],
    options: def.kind === "enum" || def.kind === "multi_enum" ? new Array(def.options.length).fill(0) : [],
  }));
  const { key: sortSpec, descending } = sortKey(query);
  const matchRanks: number[] = [];
  const matchValues: number[] = [];
  let total = 0;

  const passes = scope.map((category) => {
    const n = category.ids.length;
    const bits = new Uint32Array(n);
    filters.forEach((f, b) => {
      const test = compile(f, category.columns.get(f.key));
      for (let i = 0; i < n; i++) if (test(i)) bits[i] |= 1 << b;
    });
    const inScope =
      maker === -1 ? () => true : (i: number) => category.manufacturer[i] === maker;
    const sortColumn = sortSpec ? category.columns.get(sortSpec) : undefined;
    for (let i = 0; i < n; i++) {
      if (bits[i] === all && inScope(i)) {
        total++;
        matchRanks.push(category.nameRank[i]);
        if (sortSpec) matchValues.push(sortColumn?.kind === "number" ? sortColumn.values[i] : Number.NaN);
      }
    }
    // one "counts for this facet" mask per distinct set of left-out filters (most facets share the full one)
    const masks = new Map<number, { counts: Uint8Array; base: number }>();
    const maskFor = (own: number) => {
      let entry = masks.get(own);
      if (!entry) {
        const counts = new Uint8Array(n);
        let base = 0;
        for (let i = 0; i < n; i++) {
          if (((bits[i] | own) >>> 0) === all && inScope(i)) {
            counts[i] = 1;
            base++;
          }
        }
        entry = { counts, base };
        masks.set(own, entry);
      }
      return entry;
    };
    return { category, n, maskFor };
  });
  for (const t of tallies) {
    const counting = passes.map(({ category, n, maskFor }) => ({ column: category.columns.get(t.def.key), n, ...maskFor(t.ownBits) }));
    for (const c of counting) tallyColumn(t, c.column, c.n, c.counts, c.base);
    if (t.def.kind === "quantity" || t.def.kind === "count") {
      t.buckets = new Array(t.min === t.max ? 1 : HISTOGRAM_BUCKETS).fill(0);
      for (const c of counting) bucketColumn(t, c.column, c.n, c.counts);
    }
  }

  const offset = (query.page - 1) * query.pageSize;
  const pageRanks = selectPage(matchRanks, sortSpec ? matchValues : null, descending, offset, query.pageSize);
  return {
    total,
    facets: tallies.map(finish),
    pageIds: pageRanks.map((rank) => index.rankIds[rank]),
  };
}

