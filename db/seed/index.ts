import type { Db } from "../index";
import { buildDemoCatalog } from "./demo-catalog";
import { buildSeedArticleProducts } from "./seed-article";
import type { SeedProduct } from "./types";
import { countProducts, seedCatalog, type SeedReport } from "./write";

// The products `npm run db:seed` writes: the seed article's four, plus the fictional demo catalog unless excluded.
export function buildSeedProducts(options: { demo: boolean }): SeedProduct[] {
  return [...buildSeedArticleProducts(), ...(options.demo ? buildDemoCatalog() : [])];
}

// Seeds the catalog (idempotent); for scripts and tests.
export async function seedDatabase(db: Db, options: { demo: boolean }): Promise<SeedReport> {
  return seedCatalog(db, buildSeedProducts(options));
}

export { countProducts };
