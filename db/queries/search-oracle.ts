import {
  facetSpecsFor,
  histogramBucket,
  histogramEdges,
  type CatalogQuery,
  type FacetResult,
  type SpecFilter,
} from "@/lib/catalog-params";
import { requireSpec, type SpecDefinition, type SpecValue } from "@/lib/specs";
import type { SeedProduct } from "@/db/seed/types";

// A brute-force model of catalog search (db/queries/search.ts) in plain TypeScript, written from the documented
// semantics rather than from the SQL, for the differential test. Slow on purpose: every count is a fresh scan.

export interface OracleResult {
  total: number;
  facets: FacetResult[];
  /** Slugs of every matching product in result order; a page is a slice of it. */
  slugs: string[];
}

type Specs = Readonly<Record<string, SpecValue | undefined>>;

function isRange(v: SpecValue | undefined): v is { min: number; max: number } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// Whether a product's canonical specs pass one filter; a spec that is not stated never passes.
export function passesFilter(specs: Specs, filter: SpecFilter): boolean {
  const value = specs[filter.key];
  if (value === undefined) return false;
  switch (filter.kind) {
    case "number":
      return typeof value === "number" &&
        (filter.min === undefined || filter.min <= value) &&
        (filter.max === undefined || value <= filter.max);
    case "covers":
      return isRange(value) &&
        (filter.min === undefined || value.min <= filter.min) &&
        (filter.max === undefined || value.max >= filter.max);
    case "boolean":
      return value === filter.value;
    case "options":
      return Array.isArray(value)
        ? value.some((v) => filter.values.includes(v))
        : typeof value === "string" && filter.values.includes(value);
  }
}

// Whether a product's specs pass every filter in the list.
export function passesFilters(specs: Specs, filters: readonly SpecFilter[]): boolean {
  return filters.every((f) => passesFilter(specs, f));
}

function specsOf(p: SeedProduct): Specs {
  return Object.fromEntries(Object.entries(p.specs).map(([k, s]) => [k, s.value]));
}

function countFacet(def: SpecDefinition, set: readonly Specs[]): FacetResult {
  const values = set.map((s) => s[def.key]).filter((v): v is SpecValue => v !== undefined);
  const notStated = set.length - values.length;
  switch (def.kind) {
    case "enum":
    case "multi_enum":
      return {
        kind: "enum",
        key: def.key,
        values: def.options.map((o) => ({
          value: o.value,
          label: o.label,
          count: values.filter((v) => (Array.isArray(v) ? v.includes(o.value) : v === o.value)).length,
        })),
        notStated,
      };
    case "boolean":
      return {
        kind: "boolean",
        key: def.key,
        true: values.filter((v) => v === true).length,
        false: values.filter((v) => v === false).length,
        notStated,
      };
    case "range": {
      const ranges = values.filter(isRange);
      return {
        kind: "range",
        key: def.key,
        unit: def.unit,
        min: ranges.length ? Math.min(...ranges.map((r) => r.min)) : null,
        max: ranges.length ? Math.max(...ranges.map((r) => r.max)) : null,
        notStated,
      };
    }
    case "quantity":
    case "count": {
      const numbers = values.filter((v): v is number => typeof v === "number");
      const min = numbers.length ? Math.min(...numbers) : null;
      const max = numbers.length ? Math.max(...numbers) : null;
      const histogram = min === null || max === null
        ? []
        : histogramEdges(min, max).map((edge, i) => ({
          ...edge,
          count: numbers.filter((v) => histogramBucket(v, min, max) === i).length,
        }));
      return { kind: "number", key: def.key, unit: def.kind === "quantity" ? def.unit : null, min, max, histogram, notStated };
    }
    case "text":
      throw new Error(`text spec '${def.key}' is not a facet`);
  }
}

interface Row {
  product: SeedProduct;
  specs: Specs;
  /** Insertion order, which is also id order after seedCatalog. */
  index: number;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Result order: manufacturer name, product name, id; or a numeric spec (missing last), then that.
function compareRows(query: CatalogQuery): (a: Row, b: Row) => number {
  const byName = (a: Row, b: Row) =>
    compareText(a.product.manufacturer.name, b.product.manufacturer.name) ||
    compareText(a.product.name, b.product.name) ||
    a.index - b.index;
  const sort = query.sort ?? "name";
  if (sort === "name") return byName;
  if (sort === "-name") return (a, b) => -byName(a, b);
  const descending = sort.startsWith("-");
  const key = descending ? sort.slice(1) : sort;
  return (a, b) => {
    const x = a.specs[key];
    const y = b.specs[key];
    const xs = typeof x === "number";
    const ys = typeof y === "number";
    if (xs && ys && x !== y) return descending ? y - x : x - y;
    if (xs !== ys) return xs ? -1 : 1; // missing values last either way
    return byName(a, b);
  };
}

// Searches a list of products as catalog search should (no keywords): exact total, disjunctive facets and the
// full ordered result list.
export function searchOracle(
  products: readonly SeedProduct[],
  query: CatalogQuery,
  options: { facets: boolean } = { facets: true },
): OracleResult {
  if (query.q) throw new Error("the oracle does not model keyword search");
  const base: Row[] = products
    .map((product, index) => ({ product, specs: specsOf(product), index }))
    .filter((r) => !query.category || r.product.category === query.category)
    .filter((r) => !query.manufacturer || r.product.manufacturer.slug === query.manufacturer);
  const matching = base.filter((r) => passesFilters(r.specs, query.filters));
  const facets = options.facets
    ? facetSpecsFor(query.category, query.filters).map((def) => {
      const others = query.filters.filter((f) => f.key !== def.key);
      return countFacet(requireSpec(def.key), base.filter((r) => passesFilters(r.specs, others)).map((r) => r.specs));
    })
    : [];
  return {
    total: matching.length,
    facets,
    slugs: [...matching].sort(compareRows(query)).map((r) => r.product.slug),
  };
}
