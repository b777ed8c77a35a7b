import { getDb } from "@/db";
import { reviewListingHandler } from "../../_lib/handlers";

export const dynamic = "force-dynamic";

const handler = reviewListingHandler("approved");

// POST /api/v1/listings/{id}/approve: approves a pending listing and publishes it (moderator keys only).
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  return handler(getDb(), request, await context.params);
}
