import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { listProducts } from "@/db/queries/products";
import { parseListProductsQuery } from "@/lib/catalog-params";
import { apiRoute, invalidParams } from "../_lib/handler";
import { serializeProduct } from "../_lib/serialize";

export const dynamic = "force-dynamic";

// GET /api/v1/products?category=&manufacturer=&q=&page=&pageSize=&units=: a page of products with the exact
// total; unknown or bad parameters → 400 naming them. Public.
export const GET = apiRoute(async (request: NextRequest) => {
  const parsed = parseListProductsQuery(request.nextUrl.searchParams, { strict: true });
  if (!parsed.ok) invalidParams(parsed.fields);
  const query = parsed.value;
  const { items, total } = await listProducts(getDb(), query);
  return NextResponse.json({
    items: items.map((p) => serializeProduct(p, query.units ?? "metric")),
    total,
    page: query.page,
    pageSize: query.pageSize,
  });
});
