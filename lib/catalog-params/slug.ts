import { z } from "zod";

const slugPattern = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** A product or manufacturer slug: lowercase letters, digits and hyphens, at most 120 characters. */
export const slugSchema = z.string().regex(slugPattern, "expected a slug (lowercase letters, digits, hyphens)");

// Lowercase ASCII words joined by hyphens ("Acme Security GmbH" → "acme-security-gmbh"), at most `max`
// characters, or `fallback` when nothing is left; for product, manufacturer and organization slugs.
export function slugify(text: string, max = 100, fallback = "item"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return slug || fallback;
}

// Whether text is a well-formed slug; anything else cannot name a product, so callers answer "not found" without
// a query. For pages, route handlers and the compare tray.
export function isSlug(text: string): boolean {
  return slugPattern.test(text);
}
