import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { getProductsBySlugs } from "@/db/queries/compare";
import { parseCompareQuery } from "@/lib/catalog-params";
import { buildComparison, valueInDisplayUnit } from "@/lib/compare/rows";
import { AppError } from "@/lib/errors";
import { displayUnitOf } from "@/lib/specs";
import { apiRoute, invalidParams } from "../_lib/handler";

export const dynamic = "force-dynamic";

// GET /api/v1/compare?products=a,b,c[&units=][&need.<key>=…]: rows of 2–6 products side by side, with
// differs/best per row; values are in the row's unit; a null cell is not applicable, a null value not stated; 400 for fewer than 2 or more than 6, 404 naming unknown
// slugs. Public.
export const GET = apiRoute(async (request: NextRequest) => {
  const { query, errors } = parseCompareQuery(request.nextUrl.searchParams, { strict: true });
  if (Object.keys(errors).length > 0) invalidParams(errors);
  const { products, missing } = await getProductsBySlugs(getDb(), query.products);
  if (missing.length > 0) {
    throw new AppError("not_found", `Unknown product slug${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.`, {
      products: `not found: ${missing.join(", ")}`,
    });
  }
  const units = query.units ?? "metric";
  const comparison = buildComparison(products, units, query.requirements);
  const rows = comparison.sections.flatMap((section) =>
    section.groups.flatMap((group) =>
      group.rows.map((row) => ({
        key: row.def.key,
        label: row.def.label,
        group: group.key,
        section: section.key,
        unit: displayUnitOf(row.def, units)?.symbol ?? null,
        values: row.cells.map((c) => (c.applicable ? { value: valueInDisplayUnit(row.def, c.value, units), display: c.display } : null)),
        differs: row.differs,
        best: row.best,
        ...(row.requirement
          ? { requirement: { text: query.requirementText[row.def.key], outcomes: row.cells.map((c) => c.requirement) } }
          : {}),
      })),
    ),
  );
  return NextResponse.json({
    products: products.map((p) => ({ slug: p.slug, name: `${p.manufacturer.name} ${p.name}` })),
    units,
    rows,
    ...(comparison.requirementCount ? { passCounts: comparison.passCounts } : {}),
  });
});
