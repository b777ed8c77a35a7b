import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../index";
import { manufacturers } from "../schema";

// One manufacturer by slug, or null; for the manufacturer page (its products come from listProducts).
export async function getManufacturerBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(manufacturers).where(eq(manufacturers.slug, slug)).limit(1);
  return row ?? null;
}
