import { getDb } from "@/db";
import { reviewListingHandler } from "../../_lib/handlers";

export const dynamic = "force-dynamic";

const handler = reviewListingHandler("changes_requested");

// POST /api/v1/listings/{id}/request-changes: sends a pending listing back with a reason (moderator keys only).
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  return handler(getDb(), request, await context.params);
}
