import "server-only";
import { getDb } from "@/db";
import { getProductsBySlugs } from "@/db/queries/compare";
import type { CompareQuery } from "@/lib/catalog-params";
import { buildComparison } from "@/lib/compare/rows";
import type { UnitSystem } from "@/lib/units";

// Loads the compared products (in URL order) and builds the comparison; unknown slugs are returned for the caller
// to report. For the compare page and its CSV export.
export async function loadComparison(query: CompareQuery, units: UnitSystem) {
  const { products, missing } = await getProductsBySlugs(getDb(), query.products);
  const comparison = buildComparison(products, units, query.requirements);
  return { products, missing, comparison };
}
