import "server-only";
import { asc, count, eq } from "drizzle-orm";
import type { Db } from "../index";
import { categories, products } from "../schema";

export interface CategoryCount {
  slug: string;
  name: string;
  productCount: number;
}

// Categories in registry order with how many published products each has; for the home page and API.
export async function listCategoryCounts(db: Db): Promise<CategoryCount[]> {
  return db
    .select({ slug: categories.slug, name: categories.name, productCount: count(products.id) })
    .from(categories)
    .leftJoin(products, eq(products.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder));
}
