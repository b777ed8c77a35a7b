import type { NextRequest } from "next/server";
import { parseCompareQuery } from "@/lib/catalog-params";
import { comparisonToCsv } from "@/lib/compare/csv";
import { loadComparison } from "../../../_lib/compare-data";
import { getUnitSystem } from "../../../_lib/unit-system";

// GET /compare/export?products=…: the comparison as a CSV download, in the visitor's units; public.
export async function GET(request: NextRequest) {
  const { query, errors } = parseCompareQuery(request.nextUrl.searchParams, { strict: false });
  if (errors.products) return new Response(`products: ${errors.products}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const units = query.units ?? (await getUnitSystem());
  const { products, missing, comparison } = await loadComparison(query, units);
  if (missing.length > 0) {
    return new Response(`unknown products: ${missing.join(", ")}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const csv = comparisonToCsv(comparison, products.map((p) => `${p.manufacturer.name} ${p.name}`), units, query.requirementText);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="specgrid-comparison.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
