import { getDb } from "@/db";
import { reviewListingHandler } from "../../_lib/handlers";

export const dynamic = "force-dynamic";

const handler = reviewListingHandler("rejected");

// POST /api/v1/listings/{id}/reject: rejects a pending listing with a reason (moderator keys only).
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  return handler(getDb(), request, await context.params);
}
