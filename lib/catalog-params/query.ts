import { z } from "zod";
import { categories, getSpec, type SpecDefinition } from "@/lib/specs";
import { boundsText, parseFilter, type SpecFilter } from "./filters";

export const unitSystemSchema = z.enum(["metric", "imperial"]).describe("Unit system of the `display` strings.");

const categorySlugs = categories.map((c) => c.slug) as [string, ...string[]];
const wholeFrom1 = "expected a whole number from 1";
const pageSizeMessage = "expected a whole number from 1 to 100";

/** The catalog's plain (non-spec) query parameters, shared by /products and GET /api/v1/products. */
export const catalogBaseSchema = z.object({
  category: z
    .enum(categorySlugs, { error: () => `expected one of ${categorySlugs.join(", ")}` })
    .optional()
    .describe("Category slug."),
  manufacturer: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "expected a manufacturer slug")
    .optional()
    .describe("Manufacturer slug."),
  q: z
    .string()
    .trim()
    .max(200, "expected at most 200 characters")
    .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), "expected text without control characters")
    .optional()
    .describe("Keywords: every word must match the name, model number, manufacturer or description."),
  sort: z
    .string()
    .optional()
    .describe("relevance, name, -name, or a numeric spec key (descending with a leading '-'); products without a value last."),
  page: z.coerce
    .number({ error: () => wholeFrom1 })
    .int(wholeFrom1)
    .min(1, wholeFrom1)
    .max(100_000, "expected at most 100000")
    .default(1)
    .describe("1-based page number."),
  pageSize: z.coerce
    .number({ error: () => pageSizeMessage })
    .int(pageSizeMessage)
    .min(1, pageSizeMessage)
    .max(100, pageSizeMessage)
    .default(24)
    .describe("Items per page, 1–100."),
  units: unitSystemSchema.optional(),
});

export type CatalogBase = z.infer<typeof catalogBaseSchema>;

export interface CatalogQuery extends CatalogBase {
  /** Valid filters, in canonical units, one per spec key, in key order. */
  filters: SpecFilter[];
}

export interface ParsedCatalogQuery {
  query: CatalogQuery;
  /** Each filtered key's text as a form and URL show it (canonical when valid, as typed when not). */
  filterText: Record<string, string>;
  /** Parameter → what was expected. Pages show these inline and apply the rest; the API answers 400. */
  errors: Record<string, string>;
}

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

// Gathers spec filter texts from parameters named `<prefix><key>` (or a form's `<prefix><key>.min/.max/.unit`,
// or repeated values); names that are no spec key come back as `unknown`. For catalog and compare codecs.
export function collectFilterInputs(
  params: Map<string, string[]>,
  prefix: string,
): { inputs: Map<string, string>; unknown: string[] } {
  const inputs = new Map<string, string>();
  const unknown: string[] = [];
  for (const [name, values] of params) {
    if (!name.startsWith(prefix)) continue;
    const bare = name.slice(prefix.length);
    const bound = /^(.+)\.(min|max|unit)$/.exec(bare);
    const key = bound ? bound[1] : bare;
    const def = getSpec(key);
    if (!def) {
      unknown.push(name);
      continue;
    }
    if (bound) {
      const [min, max, unit] = ["min", "max", "unit"].map((side) => params.get(`${prefix}${key}.${side}`)?.[0]);
      const text = boundsText(def, min, max, unit);
      if (text && !params.has(`${prefix}${key}`)) inputs.set(key, text);
    } else {
      const nonEmpty = values.map((v) => v.trim()).filter(Boolean);
      if (nonEmpty.length > 0) inputs.set(key, nonEmpty.join(","));
    }
  }
  return { inputs, unknown };
}

// Collects repeated parameters into lists; for the codecs.
export function collect(raw: RawParams): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const entries: [string, string | string[] | undefined][] =
    raw instanceof URLSearchParams ? [...raw.entries()] : Object.entries(raw);
  for (const [key, value] of entries) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => v !== undefined);
    out.set(key, [...(out.get(key) ?? []), ...values]);
  }
  return out;
}

// Numeric specs a list can be sorted by (quantities and counts); for the codec and sort menus.
export function isSortableSpec(def: SpecDefinition | undefined): boolean {
  return !!def && (def.kind === "quantity" || def.kind === "count");
}

function checkSort(sort: string | undefined): string | undefined {
  if (!sort || sort === "relevance" || sort === "name" || sort === "-name") return undefined;
  const key = sort.startsWith("-") ? sort.slice(1) : sort;
  return isSortableSpec(getSpec(key))
    ? undefined
    : "expected relevance, name, -name, or a numeric spec key with an optional leading '-'";
}

// Parses a catalog URL (page or API) with the one shared grammar: plain parameters, spec filters as
// `key=<filter>` (or a form's `key.min`/`key.max`, or repeated enum values), sort and paging. `strict` (the API)
// reports unknown parameters; pages ignore them. Bad values are reported per parameter and left out of `query`.
export function parseCatalogQuery(raw: RawParams, options: { strict: boolean }): ParsedCatalogQuery {
  const params = collect(raw);
  const errors: Record<string, string> = {};
  const base: Record<string, string> = {};

  for (const [name, values] of params) {
    if (!(name in catalogBaseSchema.shape)) continue;
    const first = values.map((v) => v.trim()).find(Boolean);
    if (first !== undefined) base[name] = first;
  }
  const rest = new Map([...params].filter(([name]) => !(name in catalogBaseSchema.shape)));
  const { inputs: filterInputs, unknown } = collectFilterInputs(rest, "");
  if (options.strict) for (const name of unknown) errors[name] = "unknown parameter";

  const parsedBase = catalogBaseSchema.safeParse(base);
  if (!parsedBase.success) {
    for (const issue of parsedBase.error.issues) errors[String(issue.path[0] ?? "query")] ??= issue.message;
  }
  const baseValue: CatalogBase = parsedBase.success
    ? parsedBase.data
    : catalogBaseSchema.parse(Object.fromEntries(Object.entries(base).filter(([k]) => !errors[k])));
  const sortError = checkSort(baseValue.sort);
  if (sortError) {
    errors.sort = sortError;
    delete baseValue.sort;
  }

  const filters: SpecFilter[] = [];
  const filterText: Record<string, string> = {};
  for (const [key, text] of [...filterInputs].sort(([a], [b]) => a.localeCompare(b))) {
    const result = parseFilter(key, text);
    if (result.ok) {
      filters.push(result.filter);
      filterText[key] = result.canonical;
    } else {
      errors[key] = result.message;
      filterText[key] = text;
    }
  }
  return { query: { ...baseValue, filters }, filterText, errors };
}

// Builds the canonical query string of a catalog view (defaults left out, filters in key order), keeping the text
// of filters that did not parse so nothing typed is lost. For links, forms and the client-side router.
export function serializeCatalogQuery(
  state: Partial<CatalogBase> & { filterText?: Record<string, string> },
  options: { includeUnits?: boolean } = {},
): string {
  const params = new URLSearchParams();
  if (state.category) params.set("category", state.category);
  if (state.manufacturer) params.set("manufacturer", state.manufacturer);
  if (state.q) params.set("q", state.q);
  const filterText = state.filterText ?? {};
  for (const key of Object.keys(filterText).sort()) {
    if (filterText[key]) params.set(key, filterText[key]);
  }
  if (state.sort) params.set("sort", state.sort);
  if (state.page && state.page > 1) params.set("page", String(state.page));
  if (state.pageSize && state.pageSize !== 24) params.set("pageSize", String(state.pageSize));
  if (options.includeUnits && state.units) params.set("units", state.units);
  const text = params.toString();
  return text ? `?${text}` : "";
}
