import { z } from "zod";

const slugPattern = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** A product or manufacturer slug: lowercase letters, digits and hyphens, at most 120 characters. */
export const slugSchema = z.string().regex(slugPattern, "expected a slug (lowercase letters, digits, hyphens)");

// Whether text is a well-formed slug; anything else cannot name a product, so callers answer "not found" without
// a query. For pages, route handlers and the compare tray.
export function isSlug(text: string): boolean {
  return slugPattern.test(text);
}
