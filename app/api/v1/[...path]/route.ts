import { NextResponse } from "next/server";

function notFound(): Response {
  return NextResponse.json(
    { error: { code: "not_found", message: "No such API endpoint. See /api/v1/categories and /api/v1/products." } },
    { status: 404 },
  );
}

// Any other /api/v1 path: a JSON 404 rather than the HTML not-found page; public.
export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
