import { categories, getCategory, requireSpec, type SpecDefinition } from "@/lib/specs";
import { isFilterable, type SpecFilter } from "./filters";

export const HISTOGRAM_BUCKETS = 10;

// Facet specs shared by at least half of the categories: what the catalog offers before a category is chosen.
function sharedFacetKeys(): string[] {
  const counts = new Map<string, number>();
  for (const c of categories) for (const key of c.specs) counts.set(key, (counts.get(key) ?? 0) + 1);
  const order = categories.flatMap((c) => c.specs).filter((k, i, all) => all.indexOf(k) === i);
  return order.filter((key) => isFilterable(requireSpec(key)) && (counts.get(key) ?? 0) * 2 >= categories.length);
}

const shared = sharedFacetKeys();

// The facets a catalog view shows: the chosen category's facet specs in registry order (the shared ones when no
// category is chosen), plus any filtered key not among them. For search queries, pages and the API.
export function facetSpecsFor(category: string | undefined, filters: readonly SpecFilter[] = []): SpecDefinition[] {
  const base = category ? (getCategory(category)?.specs ?? []).filter((k) => isFilterable(requireSpec(k))) : shared;
  const extra = filters.map((f) => f.key).filter((k) => !base.includes(k) && isFilterable(requireSpec(k)));
  return [...base, ...extra].map(requireSpec);
}

// The bucket (0 … HISTOGRAM_BUCKETS-1) of a value between min and max; the SQL facet query uses the same
// arithmetic, so counts agree to the last value.
export function histogramBucket(value: number, min: number, max: number): number {
  if (max === min) return 0;
  return Math.min(Math.floor(((value - min) / (max - min)) * HISTOGRAM_BUCKETS), HISTOGRAM_BUCKETS - 1);
}

// The [from, to] edges of each histogram bucket; for facet results.
export function histogramEdges(min: number, max: number): { from: number; to: number }[] {
  if (max === min) return [{ from: min, to: max }];
  const width = (max - min) / HISTOGRAM_BUCKETS;
  const clean = (n: number) => Number(n.toPrecision(12)); // edges are labels; 11.9, not 11.899999999999999
  return Array.from({ length: HISTOGRAM_BUCKETS }, (_, i) => ({
    from: i === 0 ? min : clean(min + i * width),
    to: i === HISTOGRAM_BUCKETS - 1 ? max : clean(min + (i + 1) * width),
  }));
}

/** Facet counts of a catalog view; each facet is counted with its own filter removed (disjunctive). */
export type FacetResult =
  | { kind: "enum"; key: string; values: { value: string; label: string; count: number }[]; notStated: number }
  | {
      kind: "number";
      key: string;
      /** Canonical unit of min, max and the histogram edges; null for counts. */
      unit: string | null;
      min: number | null;
      max: number | null;
      histogram: { from: number; to: number; count: number }[];
      notStated: number;
    }
  | { kind: "boolean"; key: string; true: number; false: number; notStated: number }
  | { kind: "range"; key: string; unit: string; min: number | null; max: number | null; notStated: number };
