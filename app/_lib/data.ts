import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import { getProductBySlug } from "@/db/queries/products";

// One product per request, shared by generateMetadata and the page; for app/(catalog)/products/[slug].
export const loadProduct = cache(async (slug: string) => getProductBySlug(getDb(), slug));
