import type { Locator, Page } from "@playwright/test";
import { SiteHeader } from "./site-header";

// The home page: one card per category with its product count, and a search box.
export class HomePage {
  readonly header: SiteHeader;
  readonly categoryCards: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.categoryCards = page.getByRole("region", { name: "Categories" }).getByRole("listitem");
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  categoryCard(slug: string): Locator {
    return this.page.getByTestId(`category-${slug}`);
  }

  // The number a category card shows ("13 products" → 13).
  async categoryCount(slug: string): Promise<number> {
    return parseCount(await this.categoryCard(slug).getByTestId("category-count").innerText());
  }

  // Every category card's slug and count, in page order.
  async categoryCounts(): Promise<{ slug: string; count: number }[]> {
    const out: { slug: string; count: number }[] = [];
    for (const card of await this.categoryCards.all()) {
      const slug = (await card.getAttribute("data-testid"))!.replace(/^category-/, "");
      out.push({ slug, count: parseCount(await card.getByTestId("category-count").innerText()) });
    }
    return out;
  }

  async openCategory(slug: string): Promise<void> {
    await this.categoryCard(slug).getByRole("link").click();
    await this.page.waitForURL((url) => url.pathname === "/products" && url.searchParams.get("category") === slug);
  }
}

// "13 products" / "1 product" / "76 products matching …" → the leading number.
export function parseCount(text: string): number {
  const match = /^\s*(\d+)\s+products?\b/.exec(text);
  if (!match) throw new Error(`Not a product count: ${JSON.stringify(text)}`);
  return Number(match[1]);
}
