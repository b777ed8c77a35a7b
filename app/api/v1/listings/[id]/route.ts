import { getDb } from "@/db";
import { getListingHandler, patchListingHandler } from "../_lib/handlers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// GET /api/v1/listings/{id}: one listing with its snapshot, problems and ETag (owning vendor or moderator keys).
export async function GET(request: Request, context: Context) {
  return getListingHandler(getDb(), request, await context.params);
}

// PATCH /api/v1/listings/{id} with If-Match: merges changes into a new revision (owning vendor keys).
export async function PATCH(request: Request, context: Context) {
  return patchListingHandler(getDb(), request, await context.params);
}
