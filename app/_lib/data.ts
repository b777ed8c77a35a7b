import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import { getProductBySlug } from "@/db/queries/products";
import { isSlug } from "@/lib/catalog-params";

// One product per request, shared by generateMetadata and the page; for app/(catalog)/products/[slug].
export const loadProduct = cache(async (slug: string) => (isSlug(slug) ? getProductBySlug(getDb(), slug) : null));
