import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { searchCatalog } from "@/db/queries/search";
import { parseCatalogQuery } from "@/lib/catalog-params";
import { apiRoute, invalidParams } from "../_lib/handler";
import { serializeProduct } from "../_lib/serialize";

export const dynamic = "force-dynamic";

// GET /api/v1/products?category=&manufacturer=&q=&page=&pageSize=&units=: a page of products with the exact
// total; unknown or bad parameters → 400 naming them. Public.
export const GET = apiRoute(async (request: NextRequest) => {
  const parsed = parseCatalogQuery(request.nextUrl.searchParams, { strict: true });
  if (Object.keys(parsed.errors).length > 0) invalidParams(parsed.errors);
  const query = parsed.query;
  const { items, total, facets } = await searchCatalog(getDb(), query);
  return NextResponse.json({
    items: items.map((p) => serializeProduct(p, query.units ?? "metric")),
    total,
    page: query.page,
    pageSize: query.pageSize,
    facets: Object.fromEntries(facets.map(({ key, ...facet }) => [key, facet])),
  });
});
