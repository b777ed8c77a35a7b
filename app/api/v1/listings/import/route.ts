import { getDb } from "@/db";
import { importListingsHandler } from "../_lib/handlers";

export const dynamic = "force-dynamic";

// POST /api/v1/listings/import: imports a CSV or JSON file of listings as drafts and reports each row (vendor keys).
export function POST(request: Request) {
  return importListingsHandler(getDb(), request);
}
