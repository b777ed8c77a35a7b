import "server-only";
import {
  facetSpecsFor,
  HISTOGRAM_BUCKETS,
  histogramEdges,
  type CatalogQuery,
  type FacetResult,
  type SpecFilter,
} from "@/lib/catalog-params";
import { requireSpec, type SpecDefinition } from "@/lib/specs";
import type { Column, SearchIndex } from "./build";

// Sets `bit` in bits[i] for every product i that passes the filter; the same semantics as the SQL engine
// (inclusive bounds, a missing value never passes; options: enum one of / multi-enum any of; covers contains).
// One loop per column kind, so each runs over one typed-array type.
function applyFilter(filter: SpecFilter, column: Column | undefined, bits: Uint32Array, bit: number): void {
  if (!column) return;
  const flag = (1 << bit) >>> 0;
  const n = bits.length;
  switch (filter.kind) {
    case "number": {
      if (column.kind !== "number") return;
      const v = column.values;
      const lo = filter.min ?? -Infinity;
      const hi = filter.max ?? Infinity;
      for (let i = 0; i < n; i++) {
        const x = v[i];
        if (x >= lo && x <= hi) bits[i] |= flag; // NaN (not stated) fails both
      }
      return;
    }
    case "covers": {
      if (column.kind !== "range") return;
      const { min, max } = column;
      const lo = filter.min ?? Infinity;
      const hi = filter.max ?? -Infinity;
      for (let i = 0; i < n; i++) {
        const a = min[i];
        if (a === a && a <= lo && max[i] >= hi) bits[i] |= flag;
      }
      return;
    }
    case "boolean": {
      if (column.kind !== "boolean") return;
      const v = column.values;
      const want = filter.value ? 1 : 0;
      for (let i = 0; i < n; i++) if (v[i] === want) bits[i] |= flag;
      return;
    }
    case "options": {
      const def = requireSpec(filter.key);
      if (def.kind !== "enum" && def.kind !== "multi_enum") return;
      const positions = filter.values.map((v) => def.options.findIndex((o) => o.value === v)).filter((b) => b >= 0);
      if (column.kind === "enum") {
        const allowed = new Uint8Array(def.options.length);
        for (const b of positions) allowed[b] = 1;
        const v = column.values;
        for (let i = 0; i < n; i++) {
          const x = v[i];
          if (x >= 0 && allowed[x] === 1) bits[i] |= flag;
        }
      } else if (column.kind === "multi") {
        const mask = positions.reduce((m, b) => (m | (1 << b)) >>> 0, 0);
        const v = column.values;
        for (let i = 0; i < n; i++) if ((v[i] & mask) !== 0) bits[i] |= flag;
      }
      return;
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

/** The positions of a category's products that count for a facet (they pass every filter but its own). */
interface Counting {
  rows: Int32Array;
  length: number;
}

// Tallies one facet over the counting rows of one category. Each column kind has its own loop with local
// accumulators (one typed-array type per loop; no property writes per row).
function tallyColumn(t: FacetTally, column: Column | undefined, c: Counting) {
  t.base += c.length;
  if (!column) return;
  const { rows, length } = c;
  let stated = 0;
  switch (column.kind) {
    case "number": {
      const v = column.values;
      let min = t.min;
      let max = t.max;
      for (let k = 0; k < length; k++) {
        const x = v[rows[k]];
        if (x === x) {
          stated++;
          if (x < min) min = x;
          if (x > max) max = x;
        }
      }
      t.min = min;
      t.max = max;
      break;
    }
    case "range": {
      const lo = column.min;
      const hi = column.max;
      let min = t.min;
      let max = t.max;
      for (let k = 0; k < length; k++) {
        const i = rows[k];
        const a = lo[i];
        if (a === a) {
          stated++;
          if (a < min) min = a;
          const b = hi[i];
          if (b > max) max = b;
        }
      }
      t.min = min;
      t.max = max;
      break;
    }
    case "boolean": {
      const v = column.values;
      let yes = 0;
      for (let k = 0; k < length; k++) {
        const x = v[rows[k]];
        if (x >= 0) {
          stated++;
          yes += x;
        }
      }
      t.yes += yes;
      t.no += stated - yes;
      break;
    }
    case "enum": {
      const v = column.values;
      const counts = new Int32Array(t.options.length);
      for (let k = 0; k < length; k++) {
        const x = v[rows[k]];
        if (x >= 0) {
          stated++;
          counts[x]++;
        }
      }
      for (let b = 0; b < counts.length; b++) t.options[b] += counts[b];
      break;
    }
    case "multi": {
      const v = column.values;
      const counts = new Int32Array(32);
      for (let k = 0; k < length; k++) {
        let mask = v[rows[k]];
        if (mask !== 0) {
          stated++;
          while (mask !== 0) {
            const low = mask & -mask;
            counts[31 - Math.clz32(low)]++;
            mask ^= low;
          }
        }
      }
      for (let b = 0; b < t.options.length; b++) t.options[b] += counts[b];
      break;
    }
  }
  t.stated += stated;
}

// The histogram pass of a number facet over one category, once the facet's min and max are known; the same
// arithmetic as histogramBucket (and the SQL engine), inlined.
function bucketColumn(t: FacetTally, column: Column | undefined, c: Counting) {
  if (column?.kind !== "number" || t.stated === 0) return;
  const v = column.values;
  const { rows, length } = c;
  const { min, max } = t;
  if (max === min) {
    for (let k = 0; k < length; k++) if (v[rows[k]] === v[rows[k]]) t.buckets[0]++;
    return;
  }
  const span = max - min;
  const last = HISTOGRAM_BUCKETS - 1;
  const counts = new Int32Array(HISTOGRAM_BUCKETS);
  for (let k = 0; k < length; k++) {
    const x = v[rows[k]];
    if (x === x) {
      const b = Math.floor(((x - min) / span) * HISTOGRAM_BUCKETS);
      counts[b < last ? b : last]++;
    }
  }
  for (let b = 0; b < HISTOGRAM_BUCKETS; b++) t.buckets[b] += counts[b];
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

// The ranks at positions offset … offset+size of the matches in rank order (or reverse): a bounded heap of the
// k first (k = offset + size) instead of sorting every match, since a page is small and matches can be many.
function selectByRank(ranks: number[], descending: boolean, offset: number, size: number): number[] {
  const k = Math.min(ranks.length, offset + size);
  if (k === 0) return [];
  // keyed so that "comes first" is always "smaller": ranks ascending, or negated for descending
  const heap = new Float64Array(k); // a max-heap of the k smallest keys seen
  let length = 0;
  for (const rank of ranks) {
    const key = descending ? -rank : rank;
    if (length < k) {
      let i = length++;
      heap[i] = key;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent] >= heap[i]) break;
        [heap[parent], heap[i]] = [heap[i], heap[parent]];
        i = parent;
      }
    } else if (key < heap[0]) {
      heap[0] = key;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let largest = i;
        if (l < k && heap[l] > heap[largest]) largest = l;
        if (r < k && heap[r] > heap[largest]) largest = r;
        if (largest === i) break;
        [heap[largest], heap[i]] = [heap[i], heap[largest]];
        i = largest;
      }
    }
  }
  const sorted = heap.subarray(0, length).sort();
  return Array.from(sorted.subarray(offset, offset + size), (key) => (descending ? -key : key));
}

// The name ranks of one page of matches: by name (ranks ascending, or descending for -name), or by a numeric
// value with missing values last and ties by name.
function selectPage(ranks: number[], values: number[] | null, descending: boolean, offset: number, size: number): number[] {
  if (!values) return selectByRank(ranks, descending, offset, size);
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
  // a category's landing (no spec filter) has the same facets whatever the sort and page: counted once per index
  // version (the index is rebuilt when the catalog changes, which drops these with it)
  if (options.facets && query.filters.length === 0) {
    const shells = landingFacets.get(index) ?? new Map<string, FacetResult[]>();
    landingFacets.set(index, shells);
    const key = `${query.category ?? ""}\u0000${query.manufacturer ?? ""}`;
    const cached = shells.get(key);
    if (cached) return { ...scan(index, query, { facets: false }), facets: cached };
    const result = scan(index, query, options);
    shells.set(key, result.facets);
    return result;
  }
  return scan(index, query, options);
}

/** Facets of category landings (no spec filter), per index; facet results are never mutated by callers. */
const landingFacets = new WeakMap<SearchIndex, Map<string, FacetResult[]>>();

function scan(
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
    filters.forEach((f, b) => applyFilter(f, category.columns.get(f.key), bits, b));
    const makers = category.manufacturer;
    const sortColumn = sortSpec ? category.columns.get(sortSpec) : undefined;
    const sortValues = sortColumn?.kind === "number" ? sortColumn.values : null;
    for (let i = 0; i < n; i++) {
      if (bits[i] === all && (maker === -1 || makers[i] === maker)) {
        total++;
        matchRanks.push(category.nameRank[i]);
        if (sortSpec) matchValues.push(sortValues ? sortValues[i] : Number.NaN);
      }
    }
    // one counting row list per distinct set of left-out filters (most facets share the full one)
    const lists = new Map<number, Counting>();
    const countingFor = (own: number): Counting => {
      let entry = lists.get(own);
      if (!entry) {
        const rows = new Int32Array(n);
        let length = 0;
        for (let i = 0; i < n; i++) {
          if (((bits[i] | own) >>> 0) === all && (maker === -1 || makers[i] === maker)) rows[length++] = i;
        }
        entry = { rows, length };
        lists.set(own, entry);
      }
      return entry;
    };
    return { category, countingFor };
  });
  for (const t of tallies) {
    const counting = passes.map(({ category, countingFor }) => ({ column: category.columns.get(t.def.key), set: countingFor(t.ownBits) }));
    for (const c of counting) tallyColumn(t, c.column, c.set);
    if (t.def.kind === "quantity" || t.def.kind === "count") {
      t.buckets = new Array(t.min === t.max ? 1 : HISTOGRAM_BUCKETS).fill(0);
      for (const c of counting) bucketColumn(t, c.column, c.set);
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

