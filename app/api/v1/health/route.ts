import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { checkDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

// GET /api/v1/health: 200 when the database answers, 503 otherwise; public, for load balancers and CI.
export async function GET() {
  try {
    const db = await checkDatabase(getDb());
    return NextResponse.json({ status: "ok", database: { status: "ok", serverVersion: db.serverVersion } });
  } catch (error) {
    console.error("Health check failed", error);
    return NextResponse.json({ status: "error", database: { status: "unavailable" } }, { status: 503 });
  }
}
