import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getListing } from "@/db/queries/listings";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/listings";

// A listing the vendor may see, or the 404 page (also for another vendor's listing and for ids that are not
// numbers); for the portal's listing pages.
export async function loadOwnListing(actor: Actor, idText: string) {
  if (!/^\d{1,9}$/.test(idText)) notFound();
  try {
    return await getListing(getDb(), actor, Number(idText));
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
