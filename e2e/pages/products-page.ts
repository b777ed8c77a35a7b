import type { Locator, Page } from "@playwright/test";
import { parseCount } from "./home-page";
import { SiteHeader } from "./site-header";

// The product list (/products): category filter, result count, product cards.
export class ProductsPage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly resultCount: Locator;
  readonly categoryFilter: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole("heading", { level: 1 });
    this.resultCount = page.getByTestId("result-count");
    this.categoryFilter = page.getByTestId("category-filter");
    this.cards = page.getByTestId("product-card");
  }

  async goto(params: { category?: string; q?: string; page?: number } = {}): Promise<void> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
    const query = search.toString();
    await this.page.goto(`/products${query ? `?${query}` : ""}`);
  }

  // The total the page reports ("13 products" → 13).
  async total(): Promise<number> {
    return parseCount(await this.resultCount.innerText());
  }

  // Clicks a category in the filter by its visible name.
  async filterByCategory(name: string): Promise<void> {
    await this.categoryFilter.getByRole("link", { name, exact: true }).click();
  }

  // The card whose title link is the product's full name ("ComNet CNGE6FX2TX4PoE").
  card(fullName: string): Locator {
    return this.cards.filter({ has: this.page.getByRole("link", { name: fullName, exact: true }) });
  }

  cardBySlug(slug: string): Locator {
    return this.cards.filter({ has: this.page.locator(`a[href="/products/${slug}"]`) });
  }

  // The value (the <dd>) of one of the card's key specs.
  keySpec(card: Locator, key: string): Locator {
    return card.getByRole("definition").and(card.getByTestId(`key-spec-${key}`));
  }

  async openProduct(fullName: string): Promise<void> {
    await this.card(fullName).getByRole("link", { name: fullName, exact: true }).click();
  }
}
