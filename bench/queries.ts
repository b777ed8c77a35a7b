import { mulberry32, pick, type Rng } from "@/db/seed/demo/kit";
import { isFilterable, isSortableSpec, type CatalogQuery, type SpecFilter } from "@/lib/catalog-params";
import { getCategory, requireSpec } from "@/lib/specs";
import { categorySizes, columnOf, countFloor, type Floor } from "./floor";

// The benchmark's query mix, sampled from the loaded data: each query is a category, 2–4 spec filters (1–2 numeric
// or "covers" ranges, an enum "any of", optionally a boolean and a multi-enum), a sort and a page. A query belongs to
// a selectivity bucket by the share of its category it matches, measured on the floor while sampling:
// narrow < 0.1 %, medium 1–10 %, broad ≥ 30 %; "empty" is the category landing page (no filters).

export const buckets = ["narrow", "medium", "broad", "empty"] as const;
export type Bucket = (typeof buckets)[number];

export interface BenchQuery {
  bucket: Bucket;
  query: CatalogQuery;
  /** Products matching, and that number over the category's size. */
  total: number;
  selectivity: number;
}

/** Weights of the filtered buckets in the mix (the empty filter is counted apart). */
export const bucketWeights = { narrow: 0.3, medium: 0.5, broad: 0.2 } as const;

const targets: Record<Exclude<Bucket, "empty">, { aim: number; accepts: (share: number, total: number, size: number) => boolean }> = {
  narrow: { aim: 0.0004, accepts: (share, total, size) => share < 0.001 && (total > 0 || size < 1000) },
  medium: { aim: 0.03, accepts: (share) => share >= 0.01 && share <= 0.1 },
  broad: { aim: 0.45, accepts: (share) => share >= 0.3 },
};

function facetKeys(category: string, kinds: readonly string[]): string[] {
  return getCategory(category)!.specs.filter((k) => {
    const def = requireSpec(k);
    return isFilterable(def) && kinds.includes(def.kind);
  });
}

function shuffle<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** What a category's values of one spec look like; for sampling filters from the data. */
type ValueSummary =
  | { kind: "number"; sorted: Float64Array }
  | { kind: "range"; min: Float64Array; max: Float64Array }
  | { kind: "options"; counts: number[]; stated: number }
  | { kind: "boolean" };

// The stated values of a category's spec (numbers sorted, ranges as min/max pairs, option counts); for queries.ts.
function summarizeValues(floor: Floor, category: string, key: string): ValueSummary | undefined {
  const column = columnOf(floor, category, key);
  if (!column) return undefined;
  switch (column.kind) {
    case "number":
      return { kind: "number", sorted: column.values.filter((x) => x === x).sort() };
    case "range": {
      const rows = column.min.reduce<number[]>((list, x, i) => (x === x ? (list.push(i), list) : list), []);
      return { kind: "range", min: Float64Array.from(rows, (i) => column.min[i]), max: Float64Array.from(rows, (i) => column.max[i]) };
    }
    case "boolean":
      return { kind: "boolean" };
    case "enum":
    case "multi": {
      const def = requireSpec(key) as { options: readonly unknown[] };
      const counts = def.options.map(() => 0);
      let stated = 0;
      for (const x of column.values) {
        if (column.kind === "enum" ? x === -1 : x === 0) continue;
        stated++;
        if (column.kind === "enum") {
          if (x >= 0) counts[x]++;
        } else {
          counts.forEach((_, k) => (counts[k] += (x >>> k) & 1));
        }
      }
      return { kind: "options", counts, stated };
    }
  }
}

const summaries = new WeakMap<Floor, Map<string, ValueSummary | undefined>>();

function summaryOf(floor: Floor, category: string, key: string): ValueSummary | undefined {
  let cache = summaries.get(floor);
  if (!cache) summaries.set(floor, (cache = new Map()));
  const id = `${category}/${key}`;
  if (!cache.has(id)) cache.set(id, summarizeValues(floor, category, key));
  return cache.get(id);
}

// A filter on `key` keeping roughly `share` of the products that state it, with bounds taken from stored values.
function sampleFilter(rng: Rng, floor: Floor, category: string, key: string, share: number): SpecFilter | undefined {
  const summary = summaryOf(floor, category, key);
  const s = Math.min(1, Math.max(0.001, share));
  if (!summary) return undefined;
  switch (summary.kind) {
    case "number": {
      const v = summary.sorted;
      if (v.length === 0) return undefined;
      const at = (q: number) => v[Math.min(v.length - 1, Math.max(0, Math.floor(q * v.length)))];
      const mode = rng();
      if (mode < 0.35) return { kind: "number", key, min: at(1 - s) };
      if (mode < 0.6) return { kind: "number", key, max: at(s) };
      const from = rng() * (1 - s);
      return { kind: "number", key, min: at(from), max: at(from + s) };
    }
    case "range": {
      if (summary.min.length === 0) return undefined;
      // a requirement some products meet: the envelope of a random product, made laxer for larger shares
      const i = Math.floor(rng() * summary.min.length);
      const slack = s > 0.3 ? 15 : s > 0.05 ? 5 : 0;
      const mode = rng();
      const min = mode < 0.7 ? summary.min[i] + slack : undefined;
      const max = mode >= 0.4 ? summary.max[i] - slack : undefined;
      return min !== undefined && max !== undefined && min > max
        ? { kind: "covers", key, min: summary.min[i], max: summary.max[i] }
        : { kind: "covers", key, min, max };
    }
    case "boolean":
      return { kind: "boolean", key, value: rng() < 0.6 };
    case "options": {
      const def = requireSpec(key) as { options: readonly { value: string }[] };
      const chosen = new Set<number>();
      let covered = 0;
      for (const k of shuffle(rng, def.options.map((_, k) => k))) {
        if (chosen.size > 0 && covered >= s * summary.stated) break;
        if (summary.counts[k] === 0 && chosen.size > 0) continue;
        chosen.add(k);
        covered += summary.counts[k];
      }
      return { kind: "options", key, values: def.options.filter((_, k) => chosen.has(k)).map((o) => o.value) };
    }
  }
}

function sampleSortAndPage(rng: Rng, category: string): Pick<CatalogQuery, "sort" | "page" | "pageSize"> {
  const sortable = getCategory(category)!.specs.filter((k) => isSortableSpec(requireSpec(k)));
  const u = rng();
  const sort = u < 0.4 ? undefined : u < 0.5 ? "-name" : `${rng() < 0.5 ? "-" : ""}${pick(rng, sortable)}`;
  const page = rng() < 0.8 ? 1 : 2 + Math.floor(rng() * 4);
  return { sort, page, pageSize: 24 };
}

// 2–4 filters: 1–2 numeric or covers ranges, an enum, then maybe a boolean and a multi-enum.
function sampleFilters(rng: Rng, floor: Floor, category: string, aim: number): SpecFilter[] {
  const numeric = shuffle(rng, facetKeys(category, ["quantity", "count", "range"])).slice(0, rng() < 0.5 ? 1 : 2);
  const keys = [...numeric, pick(rng, facetKeys(category, ["enum"]))];
  if (rng() < 0.5) keys.push(pick(rng, facetKeys(category, ["boolean"])));
  if (keys.length < 4 && rng() < 0.5) keys.push(pick(rng, facetKeys(category, ["multi_enum"])));
  // each filter keeps about aim^(1/f) of what states it, jittered so the buckets get varied shapes
  const share = aim ** (1 / keys.length) * Math.exp((rng() - 0.5) * 1.2);
  return keys
    .flatMap((k) => sampleFilter(rng, floor, category, k, share) ?? [])
    .sort((a, b) => a.key.localeCompare(b.key));
}

// A deterministic query mix: `counts[bucket]` queries per bucket, sampled and classified on the floor.
export function buildQueryMix(floor: Floor, counts: Record<Bucket, number>, seed = 0xbe_9c4): BenchQuery[] {
  const rng = mulberry32(seed);
  const sizes = categorySizes(floor);
  const categories = [...sizes.keys()].filter((c) => (sizes.get(c) ?? 0) > 0).sort();
  const mix: BenchQuery[] = [];
  for (const bucket of buckets) {
    let made = 0;
    for (let attempt = 0; made < counts[bucket]; attempt++) {
      if (attempt > counts[bucket] * 2000) throw new Error(`could not sample ${counts[bucket]} ${bucket} queries`);
      const category = pick(rng, categories);
      const size = sizes.get(category)!;
      const filters = bucket === "empty" ? [] : sampleFilters(rng, floor, category, targets[bucket].aim);
      if (bucket !== "empty" && filters.length < 2) continue;
      const total = countFloor(floor, category, filters);
      if (bucket !== "empty" && !targets[bucket].accepts(total / size, total, size)) continue;
      mix.push({ bucket, query: { category, filters, ...sampleSortAndPage(rng, category) }, total, selectivity: total / size });
      made++;
    }
  }
  return mix;
}

// Per-bucket query counts for at least `perBucket` each while keeping narrow/medium/broad at 30/50/20.
export function mixCounts(perBucket: number): Record<Bucket, number> {
  const unit = perBucket / Math.min(...Object.values(bucketWeights));
  return {
    narrow: Math.ceil(unit * bucketWeights.narrow),
    medium: Math.ceil(unit * bucketWeights.medium),
    broad: Math.ceil(unit * bucketWeights.broad),
    empty: perBucket,
  };
}
