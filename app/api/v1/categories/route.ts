import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { listCategoryCounts } from "@/db/queries/categories";
import { categories, specsOfCategory } from "@/lib/specs";
import { apiRoute } from "../_lib/handler";
import { serializeCategory } from "../_lib/serialize";

export const dynamic = "force-dynamic";

// GET /api/v1/categories: every category with its spec definitions and product count; public.
export const GET = apiRoute(async () => {
  const counts = new Map((await listCategoryCounts(getDb())).map((c) => [c.slug, c.productCount]));
  return NextResponse.json({
    categories: categories.map((c) => serializeCategory(c, specsOfCategory(c.slug), counts.get(c.slug) ?? 0)),
  });
});
