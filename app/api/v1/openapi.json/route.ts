import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";

// GET /api/v1/openapi.json: the OpenAPI 3.1 document of the read API, generated from its zod schemas; public.
export function GET() {
  return NextResponse.json(buildOpenApiDocument());
}
