import { parseFilter, type SpecFilter } from "./filters";
import { collect, collectFilterInputs, unitSystemSchema, type RawParams } from "./query";
import { isSlug } from "./slug";
import type { UnitSystem } from "@/lib/units";

import { MAX_COMPARE, MIN_COMPARE } from "./compare-limits";

export { MAX_COMPARE, MIN_COMPARE };
export const REQUIREMENT_PREFIX = "need.";

export interface CompareQuery {
  /** Product slugs in the user's order, without duplicates. */
  products: string[];
  /** Valid requirements by spec key (filter grammar, `need.<key>=` in the URL). */
  requirements: Map<string, SpecFilter>;
  /** Each requirement's text as the form and URL show it (canonical when valid, as typed when not). */
  requirementText: Record<string, string>;
  hideIdentical: boolean;
  units?: UnitSystem;
}

// Parses a comparison URL (/compare and GET /api/v1/compare): `products=a,b,c` (2–6 slugs), requirements as
// `need.<key>=<filter>` (or a form's `need.<key>.min/.max/.unit`), `identical=hide`, and `units` (API). Bad values
// are reported per parameter. For the compare page, its CSV export and the API.
export function parseCompareQuery(
  raw: RawParams,
  options: { strict: boolean },
): { query: CompareQuery; errors: Record<string, string> } {
  const params = collect(raw);
  const errors: Record<string, string> = {};
  const slugs = (params.get("products") ?? []).flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean);
  const products = [...new Set(slugs)];
  if (products.some((s) => !isSlug(s))) errors.products = "expected product slugs separated by commas";
  else if (products.length < MIN_COMPARE || products.length > MAX_COMPARE) {
    errors.products = `expected ${MIN_COMPARE} to ${MAX_COMPARE} product slugs, got ${products.length}`;
  }

  const requirements = new Map<string, SpecFilter>();
  const requirementText: Record<string, string> = {};
  const { inputs, unknown } = collectFilterInputs(params, REQUIREMENT_PREFIX);
  for (const name of unknown) errors[name] = "unknown spec key";
  for (const [key, text] of [...inputs].sort(([a], [b]) => a.localeCompare(b))) {
    const result = parseFilter(key, text);
    if (result.ok) {
      requirements.set(key, result.filter);
      requirementText[key] = result.canonical;
    } else {
      errors[`${REQUIREMENT_PREFIX}${key}`] = result.message;
      requirementText[key] = text;
    }
  }

  const identical = params.get("identical")?.[0];
  if (identical !== undefined && identical !== "hide" && identical !== "show") errors.identical = "expected hide or show";
  const unitsText = params.get("units")?.[0];
  const units = unitsText === undefined ? undefined : unitSystemSchema.safeParse(unitsText);
  if (units && !units.success) errors.units = "expected metric or imperial";

  if (options.strict) {
    const known = new Set(["products", "identical", "units"]);
    for (const name of params.keys()) {
      if (!known.has(name) && !name.startsWith(REQUIREMENT_PREFIX)) errors[name] = "unknown parameter";
    }
  }
  return {
    query: {
      products,
      requirements,
      requirementText,
      hideIdentical: identical === "hide",
      units: units?.success ? units.data : undefined,
    },
    errors,
  };
}

// The canonical comparison URL query: products in the user's order, requirements by key, then the view switch.
export function serializeCompareQuery(
  query: Pick<CompareQuery, "products" | "requirementText" | "hideIdentical"> & { units?: UnitSystem },
  options: { includeUnits?: boolean } = {},
): string {
  const params = new URLSearchParams();
  params.set("products", query.products.join(","));
  for (const key of Object.keys(query.requirementText).sort()) {
    if (query.requirementText[key]) params.set(`${REQUIREMENT_PREFIX}${key}`, query.requirementText[key]);
  }
  if (query.hideIdentical) params.set("identical", "hide");
  if (options.includeUnits && query.units) params.set("units", query.units);
  return `?${params.toString().replace(/%2C/g, ",")}`;
}
