import type { Locator, Page, Response } from "@playwright/test";
import { SiteHeader } from "./site-header";

export interface PropertyValue {
  "@type": string;
  propertyID: string;
  name: string;
  value?: string | number | boolean;
  minValue?: number;
  maxValue?: number;
  unitCode?: string;
  unitText?: string;
}

export interface ProductJsonLd {
  "@context": string;
  "@type": string;
  name: string;
  additionalProperty: PropertyValue[];
}

// A product page (/products/[slug]): title, demo badge, the spec table with source markers, the Sources list and
// the JSON-LD block.
export class ProductPage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly demoBadge: Locator;
  readonly jsonLdScript: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole("heading", { level: 1 });
    this.demoBadge = page.getByRole("main").getByTestId("demo-badge");
    this.jsonLdScript = page.locator('script[type="application/ld+json"]');
  }

  async goto(slug: string): Promise<Response | null> {
    return this.page.goto(`/products/${slug}`);
  }

  specRow(key: string): Locator {
    return this.page.getByTestId(`spec-${key}`);
  }

  specLabel(key: string): Locator {
    return this.specRow(key).getByRole("rowheader");
  }

  // The stated value of a spec ("30 W").
  specValue(key: string): Locator {
    return this.specRow(key).getByTestId("spec-value");
  }

  // The "Not stated" text of a spec the source does not give.
  notStated(key: string): Locator {
    return this.specRow(key).getByTestId("not-stated");
  }

  sourceMarker(key: string): Locator {
    return this.specRow(key).getByTestId("source-marker");
  }

  // Clicks a spec's source marker and returns the Sources list entry it points to.
  async followSource(key: string): Promise<Locator> {
    const marker = this.sourceMarker(key);
    const href = await marker.getAttribute("href");
    if (!href || !/^#source-\d+$/.test(href)) throw new Error(`Source marker of ${key} has href ${href}`);
    await marker.click();
    await this.page.waitForURL((url) => url.hash === href);
    return this.page.locator(href);
  }

  // The parsed JSON-LD Product of the page.
  async jsonLd(): Promise<ProductJsonLd> {
    return JSON.parse((await this.jsonLdScript.textContent()) ?? "") as ProductJsonLd;
  }
}
