import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { getProductBySlug } from "@/db/queries/products";
import { isSlug, unitSystemSchema } from "@/lib/catalog-params";
import { AppError } from "@/lib/errors";
import { apiRoute, invalidParams } from "../../_lib/handler";
import { serializeProduct } from "../../_lib/serialize";

export const dynamic = "force-dynamic";

// GET /api/v1/products/{slug}?units=: one product with every spec (value, unit, display, source); 404 for an
// unknown slug. Public.
export const GET = apiRoute(async (request: NextRequest, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await context.params;
  const search = request.nextUrl.searchParams;
  const unknown = [...search.keys()].filter((k) => k !== "units");
  if (unknown.length) invalidParams(Object.fromEntries(unknown.map((k) => [k, "unknown parameter"])));
  const units = unitSystemSchema.safeParse(search.get("units") ?? "metric");
  if (!units.success) invalidParams({ units: "expected metric or imperial" });
  const product = isSlug(slug) ? await getProductBySlug(getDb(), slug) : null;
  if (!product) throw new AppError("not_found", `No product with slug '${slug}'.`);
  return NextResponse.json(serializeProduct(product, units.data));
});
