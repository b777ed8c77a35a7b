import { getDb } from "@/db";
import { createListingHandler, listListingsHandler } from "./_lib/handlers";

export const dynamic = "force-dynamic";

// GET /api/v1/listings: the calling vendor organization's listings (Bearer API key).
export function GET(request: Request) {
  return listListingsHandler(getDb(), request);
}

// POST /api/v1/listings: creates a draft listing; 422 naming each invalid field (vendor API keys).
export function POST(request: Request) {
  return createListingHandler(getDb(), request);
}
