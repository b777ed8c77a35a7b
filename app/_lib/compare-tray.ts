import "server-only";
import { cookies } from "next/headers";
import { isSlug, MAX_COMPARE } from "@/lib/catalog-params";

export const TRAY_COOKIE = "compare";

// Parses the tray cookie's text into valid, distinct slugs (at most six); for the tray readers and actions.
export function parseTray(text: string | undefined): string[] {
  const slugs = (text ?? "").split(",").map((s) => s.trim()).filter(isSlug);
  return [...new Set(slugs)].slice(0, MAX_COMPARE);
}

// The visitor's compare tray (product slugs in their order) from its cookie; for server components and actions.
export async function getTraySlugs(): Promise<string[]> {
  return parseTray((await cookies()).get(TRAY_COOKIE)?.value);
}

// Stores the tray for 30 days (an empty tray deletes the cookie); for the compare actions.
export async function saveTray(slugs: readonly string[]): Promise<void> {
  const jar = await cookies();
  if (slugs.length === 0) jar.delete(TRAY_COOKIE);
  else jar.set(TRAY_COOKIE, slugs.join(","), { path: "/", maxAge: 60 * 60 * 24 * 30, sameSite: "lax", httpOnly: true });
}
