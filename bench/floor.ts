import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import {
  facetSpecsFor,
  histogramBucket,
  histogramEdges,
  isFilterable,
  isSortableSpec,
  type CatalogQuery,
  type FacetResult,
  type SpecFilter,
} from "@/lib/catalog-params";
import { getCategory, requireSpec, type SpecDefinition } from "@/lib/specs";

// The in-process floor of catalog search: the same catalog held as typed arrays, one array per category and spec
// (Float64Array numbers with NaN for "not stated", Int8Array booleans with -1, Int32Array enum option indexes with
// -1, Uint32Array multi-enum bitmasks with bit 31 meaning "stated"), rows ordered by the catalog's name order.
// A query makes one pass over its filter columns (a state byte per product), turns the states into selection
// vectors (rows passing every filter; rows failing only filter j), then counts each facet in one pass over its
// selection; sorting by a number is a bounded top-k over the passing rows. It answers what searchCatalog answers
// for category + filter queries: the same total, the same disjunctive facets, the same page of ids.

const STATED = 0x8000_0000;
const NOT_AN_OPTION = -2;
const MANY_FAIL = 255;

export type Column =
  | { kind: "number"; values: Float64Array }
  | { kind: "range"; min: Float64Array; max: Float64Array }
  | { kind: "boolean"; values: Int8Array }
  | { kind: "enum"; values: Int32Array }
  | { kind: "multi"; values: Uint32Array };

interface FloorCategory {
  slug: string;
  /** Product ids in name order (manufacturer name, product name, id, as the database collates them). */
  ids: Int32Array;
  columns: Map<string, Column>;
}

export interface Floor {
  categories: Map<string, FloorCategory>;
  products: number;
  /** Scratch space, one entry per row of the largest category: filter state bytes and selected row indexes. */
  state: Uint8Array;
  rows: Int32Array;
}

export interface FloorResult {
  total: number;
  facets: FacetResult[];
  /** Ids of the requested page, in result order. */
  ids: number[];
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

function emptyColumn(def: SpecDefinition, n: number): Column {
  switch (def.kind) {
    case "quantity":
    case "count":
      return { kind: "number", values: new Float64Array(n).fill(NaN) };
    case "range":
      return { kind: "range", min: new Float64Array(n).fill(NaN), max: new Float64Array(n).fill(NaN) };
    case "boolean":
      return { kind: "boolean", values: new Int8Array(n).fill(-1) };
    case "enum":
      return { kind: "enum", values: new Int32Array(n).fill(-1) };
    case "multi_enum":
      if (def.options.length > 31) throw new Error(`floor: '${def.key}' has more than 31 options`);
      return { kind: "multi", values: new Uint32Array(n) };
    case "text":
      throw new Error(`floor: text spec '${def.key}' is not a facet`);
  }
}

type SpecRow = { id: number; number: number | null; lo: number | null; hi: number | null; flag: boolean | null;
  code: string | null; codes: string[] | null };

function store(column: Column, def: SpecDefinition, row: number, r: SpecRow) {
  const optionIndex = (code: string) => (def as { options: readonly { value: string }[] }).options.findIndex((o) => o.value === code);
  switch (column.kind) {
    case "number":
      if (r.number !== null) column.values[row] = r.number;
      break;
    case "range":
      if (r.lo !== null && r.hi !== null) {
        column.min[row] = r.lo;
        column.max[row] = r.hi;
      }
      break;
    case "boolean":
      if (r.flag !== null) column.values[row] = r.flag ? 1 : 0;
      break;
    case "enum":
      if (r.code !== null) column.values[row] = optionIndex(r.code) < 0 ? NOT_AN_OPTION : optionIndex(r.code);
      break;
    case "multi":
      if (r.codes !== null) {
        let bits = STATED;
        for (const code of r.codes) if (optionIndex(code) >= 0) bits |= 1 << optionIndex(code);
        column.values[row] = bits >>> 0;
      }
      break;
  }
}

// Reads the whole catalog from the database into typed arrays; for the benchmark and its smoke test.
export async function loadFloor(db: Db): Promise<Floor> {
  const order = rowsOf<{ id: number; category: string }>(await db.execute(sql`
    select p.id, c.slug as category from products p join manufacturers mf on mf.id = p.manufacturer_id
      join categories c on c.id = p.category_id order by mf.name asc, p.name asc, p.id asc`));
  const grouped = new Map<string, number[]>();
  for (const r of order) {
    let list = grouped.get(r.category);
    if (!list) grouped.set(r.category, (list = []));
    list.push(Number(r.id));
  }
  const maxId = order.reduce((m, r) => Math.max(m, Number(r.id)), 0);
  const rowOf = new Int32Array(maxId + 1).fill(-1);
  const categoryOf: (FloorCategory | undefined)[] = new Array(maxId + 1);
  const categories = new Map<string, FloorCategory>();
  for (const [slug, ids] of grouped) {
    const n = ids.length;
    const columns = new Map<string, Column>();
    for (const key of getCategory(slug)?.specs ?? []) {
      const def = requireSpec(key);
      if (isFilterable(def) || isSortableSpec(def)) columns.set(key, emptyColumn(def, n)); // facets and sort keys
    }
    const cat: FloorCategory = { slug, ids: Int32Array.from(ids), columns };
    ids.forEach((id, row) => {
      rowOf[id] = row;
      categoryOf[id] = cat;
    });
    categories.set(slug, cat);
  }
  const keys = [...new Set([...categories.values()].flatMap((c) => [...c.columns.keys()]))];
  for (const key of keys) {
    const def = requireSpec(key);
    const rows = rowsOf<SpecRow>(await db.execute(sql`select product_id as id, number, range_min as lo, range_max as hi,
      flag, code, codes from product_specs where spec_key = ${key}`));
    for (const r of rows) {
      const id = Number(r.id);
      const column = categoryOf[id]?.columns.get(key);
      if (column) store(column, def, rowOf[id], r);
    }
  }
  const largest = Math.max(0, ...[...categories.values()].map((c) => c.ids.length));
  return { categories, products: order.length, state: new Uint8Array(largest), rows: new Int32Array(largest) };
}

// ---- filtering -------------------------------------------------------------------------------------------------

// Marks rows failing filter j: state 0 = passes every filter so far, j+1 = fails only filter j, 255 = fails two.
function applyFilter(cat: FloorCategory, state: Uint8Array, filter: SpecFilter, j: number) {
  const n = cat.ids.length;
  const mark = j + 1;
  const fail = (i: number) => (state[i] = state[i] === 0 ? mark : MANY_FAIL);
  const column = cat.columns.get(filter.key);
  if (!column) {
    for (let i = 0; i < n; i++) fail(i); // a spec the category does not have is never stated
    return;
  }
  if (filter.kind === "number" && column.kind === "number") {
    const lo = filter.min ?? -Infinity;
    const hi = filter.max ?? Infinity;
    const v = column.values;
    for (let i = 0; i < n; i++) if (!(v[i] >= lo && v[i] <= hi)) fail(i); // NaN fails
  } else if (filter.kind === "covers" && column.kind === "range") {
    const lo = filter.min ?? Infinity;
    const hi = filter.max ?? -Infinity;
    const { min, max } = column;
    for (let i = 0; i < n; i++) if (!(min[i] <= lo && max[i] >= hi)) fail(i);
  } else if (filter.kind === "boolean" && column.kind === "boolean") {
    const want = filter.value ? 1 : 0;
    const v = column.values;
    for (let i = 0; i < n; i++) if (v[i] !== want) fail(i);
  } else if (filter.kind === "options" && (column.kind === "enum" || column.kind === "multi")) {
    const def = requireSpec(filter.key) as { options: readonly { value: string }[] };
    let mask = 0;
    def.options.forEach((o, k) => (mask |= filter.values.includes(o.value) ? 1 << k : 0));
    const v = column.values;
    if (column.kind === "enum") {
      for (let i = 0; i < n; i++) if (v[i] < 0 || (mask & (1 << v[i])) === 0) fail(i);
    } else {
      for (let i = 0; i < n; i++) if ((v[i] & mask) === 0) fail(i);
    }
  } else {
    throw new Error(`floor: filter ${filter.kind} does not apply to '${filter.key}'`);
  }
}

function filterRows(floor: Floor, cat: FloorCategory, filters: readonly SpecFilter[]): Uint8Array {
  if (filters.length >= MANY_FAIL) throw new Error("floor: too many filters");
  const state = floor.state.subarray(0, cat.ids.length);
  state.fill(0);
  filters.forEach((f, j) => applyFilter(cat, state, f, j));
  return state;
}

function categoryOf(floor: Floor, query: Pick<CatalogQuery, "category" | "q" | "manufacturer">): FloorCategory {
  if (!query.category || query.q || query.manufacturer) throw new Error("floor: only category + filter queries");
  return floor.categories.get(query.category) ?? { slug: query.category, ids: new Int32Array(0), columns: new Map() };
}

// The number of products of a category passing every filter; for sampling the query mix.
export function countFloor(floor: Floor, category: string, filters: readonly SpecFilter[]): number {
  const cat = categoryOf(floor, { category });
  const state = filterRows(floor, cat, filters);
  let total = 0;
  for (let i = 0; i < state.length; i++) if (state[i] === 0) total++;
  return total;
}

// Category sizes; for the query mix and reports.
export function categorySizes(floor: Floor): Map<string, number> {
  return new Map([...floor.categories].map(([slug, c]) => [slug, c.ids.length]));
}

// ---- facets ----------------------------------------------------------------------------------------------------

// Counts one facet over its selection: the rows passing every filter, plus, for a filtered key, the rows failing only
// that key's filter (disjunctive). Selections are row indexes in ascending order.
function countFacet(def: SpecDefinition, column: Column | undefined, segments: readonly Int32Array[], base: number): FacetResult {
  let stated = 0;
  switch (def.kind) {
    case "enum":
    case "multi_enum": {
      const counts = new Float64Array(def.options.length);
      for (const rows of segments) {
        if (column?.kind === "enum") {
          const v = column.values;
          for (let k = 0; k < rows.length; k++) {
            const x = v[rows[k]];
            if (x === -1) continue;
            stated++;
            if (x >= 0) counts[x]++;
          }
        } else if (column?.kind === "multi") {
          const v = column.values;
          for (let k = 0; k < rows.length; k++) {
            const x = v[rows[k]];
            if (x === 0) continue;
            stated++;
            for (let bits = x & ~STATED; bits !== 0; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)]++;
          }
        }
      }
      return { kind: "enum", key: def.key,
        values: def.options.map((o, k) => ({ value: o.value, label: o.label, count: counts[k] })), notStated: base - stated };
    }
    case "boolean": {
      const tally = new Float64Array(3); // not stated, false, true
      if (column?.kind === "boolean") {
        const v = column.values;
        for (const rows of segments) for (let k = 0; k < rows.length; k++) tally[v[rows[k]] + 1]++;
      }
      return { kind: "boolean", key: def.key, true: tally[2], false: tally[1], notStated: base - tally[2] - tally[1] };
    }
    case "range": {
      let min = Infinity;
      let max = -Infinity;
      if (column?.kind === "range") {
        for (const rows of segments) {
          for (let k = 0; k < rows.length; k++) {
            const lo = column.min[rows[k]];
            if (lo !== lo) continue; // NaN: not stated
            stated++;
            if (lo < min) min = lo;
            const hi = column.max[rows[k]];
            if (hi > max) max = hi;
          }
        }
      }
      return { kind: "range", key: def.key, unit: def.unit, min: stated ? min : null, max: stated ? max : null,
        notStated: base - stated };
    }
    case "quantity":
    case "count": {
      let min = Infinity;
      let max = -Infinity;
      const counts = new Float64Array(10);
      if (column?.kind === "number") {
        const v = column.values;
        for (const rows of segments) {
          for (let k = 0; k < rows.length; k++) {
            const x = v[rows[k]];
            if (x !== x) continue;
            stated++;
            if (x < min) min = x;
            if (x > max) max = x;
          }
        }
        for (const rows of stated ? segments : []) {
          for (let k = 0; k < rows.length; k++) {
            const x = v[rows[k]];
            if (x === x) counts[histogramBucket(x, min, max)]++;
          }
        }
      }
      const histogram = stated ? histogramEdges(min, max).map((edge, i) => ({ ...edge, count: counts[i] })) : [];
      return { kind: "number", key: def.key, unit: def.kind === "quantity" ? def.unit : null,
        min: stated ? min : null, max: stated ? max : null, histogram, notStated: base - stated };
    }
    case "text":
      throw new Error(`text spec '${def.key}' is not a facet`);
  }
}

// ---- page ------------------------------------------------------------------------------------------------------

// Rows of the requested page: name order is row order; a numeric sort keeps a bounded top-k (stated values first,
// ascending or descending, ties in name order) and fills up with unstated rows in name order.
function pageRows(cat: FloorCategory, passing: Int32Array, query: CatalogQuery): number[] {
  const k = query.page * query.pageSize;
  const from = k - query.pageSize;
  const sort = query.sort && query.sort !== "relevance" ? query.sort : "name";
  const column = cat.columns.get(sort.replace(/^-/, ""));
  if (sort === "-name") return [...passing.subarray(Math.max(0, passing.length - k), Math.max(0, passing.length - from))].reverse();
  if (sort === "name" || column?.kind !== "number") return [...passing.subarray(from, k)];
  const descending = sort.startsWith("-");
  const v = column.values;
  const topValues = new Float64Array(k);
  const topRows = new Int32Array(k);
  let size = 0;
  for (let r = 0; r < passing.length; r++) {
    const i = passing[r];
    const x = v[i];
    if (x !== x) continue;
    if (size === k && (descending ? x <= topValues[k - 1] : x >= topValues[k - 1])) continue;
    let lo = 0; // first position holding a worse entry (equal values keep the earlier row first)
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (descending ? topValues[mid] >= x : topValues[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    const end = Math.min(size, k - 1);
    topValues.copyWithin(lo + 1, lo, end);
    topRows.copyWithin(lo + 1, lo, end);
    topValues[lo] = x;
    topRows[lo] = i;
    if (size < k) size++;
  }
  const rows = [...topRows.subarray(0, size)];
  for (let r = 0; r < passing.length && rows.length < k; r++) if (v[passing[r]] !== v[passing[r]]) rows.push(passing[r]);
  return rows.slice(from);
}

// Answers a category + filter query from the typed arrays: total, every facet (disjunctive) and the page's ids.
export function searchFloor(floor: Floor, query: CatalogQuery): FloorResult {
  const cat = categoryOf(floor, query);
  const state = filterRows(floor, cat, query.filters);
  const f = query.filters.length;
  // selection vectors: rows passing every filter, then the rows failing only filter j, for each j
  const offsets = new Int32Array(f + 2);
  for (let i = 0; i < state.length; i++) if (state[i] !== MANY_FAIL) offsets[state[i] + 1]++;
  for (let s = 1; s <= f + 1; s++) offsets[s] += offsets[s - 1];
  const next = offsets.slice(0, f + 1);
  const rows = floor.rows.subarray(0, offsets[f + 1]);
  for (let i = 0; i < state.length; i++) if (state[i] !== MANY_FAIL) rows[next[state[i]]++] = i;
  const segment = (s: number) => rows.subarray(offsets[s], offsets[s + 1]);
  const passing = segment(0);
  const facets = facetSpecsFor(query.category, query.filters).map((def) => {
    const j = query.filters.findIndex((filter) => filter.key === def.key);
    const segments = j >= 0 ? [passing, segment(j + 1)] : [passing];
    return countFacet(def, cat.columns.get(def.key), segments, segments.reduce((n, r) => n + r.length, 0));
  });
  return { total: passing.length, facets, ids: pageRows(cat, passing, query).map((row) => cat.ids[row]) };
}

// What differs between a searchCatalog result and the floor's, or [] when they agree; for the benchmark's check.
export function diffResults(actual: { total: number; facets: FacetResult[]; ids: number[] }, floor: FloorResult): string[] {
  const problems: string[] = [];
  if (actual.total !== floor.total) problems.push(`total ${actual.total} ≠ floor ${floor.total}`);
  const floorFacets = new Map(floor.facets.map((f) => [f.key, JSON.stringify(f)]));
  if (actual.facets.length !== floor.facets.length) problems.push(`${actual.facets.length} facets ≠ floor ${floor.facets.length}`);
  for (const facet of actual.facets) {
    const expected = floorFacets.get(facet.key);
    const got = JSON.stringify(facet);
    if (got !== expected) problems.push(`facet ${facet.key}: ${got} ≠ floor ${expected}`);
  }
  if (actual.ids.join() !== floor.ids.join()) problems.push(`page ids [${actual.ids.join()}] ≠ floor [${floor.ids.join()}]`);
  return problems;
}

// One category's column of a spec, or undefined; for sampling filters from the data (queries.ts).
export function columnOf(floor: Floor, category: string, key: string): Column | undefined {
  return floor.categories.get(category)?.columns.get(key);
}
