import { test as base } from "@playwright/test";
import { HomePage } from "./pages/home-page";
import { ProductPage } from "./pages/product-page";
import { ProductsPage } from "./pages/products-page";

// Page objects as fixtures; every test still gets its own browser context (fresh cookies), Playwright's default.
export const test = base.extend<{ homePage: HomePage; productsPage: ProductsPage; productPage: ProductPage }>({
  homePage: async ({ page }, provide) => provide(new HomePage(page)),
  productsPage: async ({ page }, provide) => provide(new ProductsPage(page)),
  productPage: async ({ page }, provide) => provide(new ProductPage(page)),
});

export { expect } from "@playwright/test";

// The six categories in registry order (lib/specs/registry.ts); slugs are a public contract.
export const categories = [
  { slug: "network-switches", name: "Network switches" },
  { slug: "electronic-locks", name: "Electronic locks" },
  { slug: "access-readers", name: "Access readers" },
  { slug: "perimeter-detection", name: "Perimeter detection" },
  { slug: "ip-cameras", name: "IP cameras" },
  { slug: "video-management", name: "Video management software" },
] as const;

export const categorySlugs: readonly string[] = categories.map((c) => c.slug);

// The four products from the seed article (db/seed/seed-article.ts); everything else is demo data.
export const seed = {
  comnet: { slug: "comnet-cnge6fx2tx4poe", fullName: "ComNet CNGE6FX2TX4PoE", category: "network-switches" },
  a8v: { slug: "hexagon-a8v-mind", fullName: "Hexagon Geosystems A8V MIND", category: "perimeter-detection" },
  salto: { slug: "salto-xs4-original-plus", fullName: "SALTO XS4 Original+", category: "electronic-locks" },
  salient: { slug: "salient-completeview", fullName: "Salient CompleteView", category: "video-management" },
} as const;

export const seedSlugs: readonly string[] = Object.values(seed).map((p) => p.slug);
