import { getDb } from "@/db";
import { submitListingHandler } from "../../_lib/handlers";

export const dynamic = "force-dynamic";

// POST /api/v1/listings/{id}/submit: sends the latest revision for review (owning vendor keys).
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  return submitListingHandler(getDb(), request, await context.params);
}
