import { categories, categorySlugs, expect, seed, seedSlugs, test } from "./fixtures";
import { SiteHeader } from "./pages/site-header";

// The seed article's sentence that states the ComNet switch's PoE power (db/seed/seed-article.txt).
const comnetPoeSentence =
  "The ComNet cost-efficient CNGE6FX2TX4PoE is a six-port switch that offers four Gbps TX ports that support the " +
  "IEEE802.3at standard and provide up to 30 watts of PoE to PDs.";

test.describe("home and browsing", () => {
  test("home lists six categories whose counts add up to the All products total", async ({ homePage, productsPage }) => {
    await homePage.goto();
    await expect(homePage.categoryCards).toHaveCount(6);
    const counts = await homePage.categoryCounts();
    expect(counts.map((c) => c.slug)).toEqual([...categorySlugs]);
    for (const { count } of counts) expect(count).toBeGreaterThan(0);
    for (const { slug, name } of categories) await expect(homePage.categoryCard(slug)).toContainText(name);
    const sum = counts.reduce((total, c) => total + c.count, 0);

    await homePage.header.allProductsLink.click();
    await expect(productsPage.heading).toHaveText("All products");
    await expect(productsPage.resultCount).toHaveText(`${sum} products`);
  });

  test("home → category → ComNet shows 30 W with its source quote and Not stated for the PoE budget",
    async ({ homePage, productsPage, productPage, page }) => {
      await homePage.goto();
      await homePage.openCategory(seed.comnet.category);
      await expect(productsPage.heading).toHaveText("Network switches");
      await productsPage.openProduct(seed.comnet.fullName);
      await expect(page).toHaveURL(`/products/${seed.comnet.slug}`);
      await expect(productPage.heading).toHaveText(seed.comnet.fullName);

      await expect(productPage.specLabel("poe_power_per_port")).toHaveText("PoE power per port");
      await expect(productPage.specValue("poe_power_per_port")).toHaveText("30 W");
      const marker = productPage.sourceMarker("poe_power_per_port");
      await expect(marker).toBeVisible();
      const markerNumber = /\[(\d+)\]/.exec(await marker.innerText())?.[1];
      expect(markerNumber).toBeDefined();

      const source = await productPage.followSource("poe_power_per_port");
      await expect(source).toBeVisible();
      await expect(source).toContainText(`[${markerNumber}] Seed article`);
      await expect(source.locator("blockquote")).toContainText(comnetPoeSentence);

      await expect(productPage.specLabel("poe_budget")).toHaveText("PoE budget");
      await expect(productPage.notStated("poe_budget")).toHaveText("Not stated");
      await expect(productPage.specValue("poe_budget")).toHaveCount(0);
      await expect(productPage.sourceMarker("poe_budget")).toHaveCount(0);
    });

  test("header search for cnge6 lists the ComNet switch", async ({ homePage, productsPage }) => {
    await homePage.goto();
    await homePage.header.search("cnge6");
    await expect(productsPage.resultCount).toHaveText("1 product matching “cnge6”");
    await expect(productsPage.cards).toHaveCount(1);
    await expect(productsPage.card(seed.comnet.fullName)).toBeVisible();
  });

  test("the category filter narrows the list to the count shown on home", async ({ homePage, productsPage }) => {
    await homePage.goto();
    const counts = await homePage.categoryCounts();
    const allTotal = counts.reduce((total, c) => total + c.count, 0);

    await productsPage.goto();
    await expect(productsPage.resultCount).toHaveText(`${allTotal} products`);
    for (const { slug, name } of categories) {
      const count = counts.find((c) => c.slug === slug)?.count;
      if (count === undefined) throw new Error(`Home shows no count for ${slug}`);
      await productsPage.filterByCategory(name);
      await expect(productsPage.page).toHaveURL(`/products?category=${slug}`);
      await expect(productsPage.heading).toHaveText(name);
      await expect(productsPage.resultCount).toHaveText(`${count} ${count === 1 ? "product" : "products"}`);
      expect(count).toBeLessThan(allTotal);
      await expect(productsPage.cards).toHaveCount(Math.min(count, 24));
      // every card shown belongs to the chosen category
      await expect(productsPage.cards.getByText(name, { exact: true })).toHaveCount(Math.min(count, 24));
      await expect(productsPage.categoryFilter.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
    }
  });

  test("demo products carry the Demo data badge; seed products do not", async ({ productsPage, productPage }) => {
    await productsPage.goto({ category: seed.comnet.category });
    const seedCard = productsPage.card(seed.comnet.fullName);
    await expect(seedCard).toBeVisible();
    await expect(seedCard.getByTestId("demo-badge")).toHaveCount(0);
    const demoCards = productsPage.cards.filter({ has: productsPage.page.getByTestId("demo-badge") });
    await expect(demoCards).toHaveCount((await productsPage.cards.count()) - 1);
    await expect(demoCards.first().getByTestId("demo-badge")).toHaveText("Demo data");

    const demoName = (await demoCards.first().getByRole("heading").innerText()).trim();
    await productsPage.openProduct(demoName);
    await expect(productPage.heading).toHaveText(demoName);
    await expect(productPage.demoBadge).toHaveText("Demo data");

    for (const slug of seedSlugs) {
      await productPage.goto(slug);
      await expect(productPage.heading).toBeVisible();
      await expect(productPage.demoBadge).toHaveCount(0);
    }
  });

  test("an unknown product slug shows the 404 page with status 404", async ({ productPage, page }) => {
    const response = await productPage.goto("does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});

test.describe("units", () => {
  // Playwright gives each test a new browser context, so the units cookie starts unset here.
  test("A8V MIND: Imperial shows 262 ft, persists on reload and across pages, Metric restores 80 m",
    async ({ productPage, productsPage, page, context }) => {
      expect(await context.cookies()).toEqual([]);
      await productPage.goto(seed.a8v.slug);
      const header = productPage.header;
      await expect(header.unitButton("metric")).toHaveAttribute("aria-pressed", "true");
      await expect(header.unitButton("imperial")).toHaveAttribute("aria-pressed", "false");
      await expect(productPage.specLabel("detection_radius")).toHaveText("Detection radius (person)");
      await expect(productPage.specValue("detection_radius")).toHaveText("80 m");

      await header.chooseUnits("imperial");
      await expect(productPage.specValue("detection_radius")).toHaveText("262 ft");
      await expect(header.unitButton("metric")).toHaveAttribute("aria-pressed", "false");
      expect(await context.cookies()).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: "units", value: "imperial" })]),
      );

      await page.reload();
      await expect(productPage.specValue("detection_radius")).toHaveText("262 ft");
      await expect(header.unitButton("imperial")).toHaveAttribute("aria-pressed", "true");

      await productsPage.goto({ category: seed.a8v.category });
      const card = productsPage.card(seed.a8v.fullName);
      await expect(productsPage.keySpec(card, "detection_radius")).toHaveText("262 ft");
      await expect(productsPage.header.unitButton("imperial")).toHaveAttribute("aria-pressed", "true");

      await productPage.goto(seed.a8v.slug);
      await expect(productPage.specValue("detection_radius")).toHaveText("262 ft");
      await header.chooseUnits("metric");
      await expect(productPage.specValue("detection_radius")).toHaveText("80 m");
      await page.reload();
      await expect(productPage.specValue("detection_radius")).toHaveText("80 m");
    });

  test("a new browser context starts in metric", async ({ browser }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`/products/${seed.a8v.slug}`);
      await expect(new SiteHeader(page).unitButton("metric")).toHaveAttribute("aria-pressed", "true");
      await expect(page.getByTestId("spec-detection_radius").getByTestId("spec-value")).toHaveText("80 m");
    } finally {
      await context.close();
    }
  });
});

test.describe("JSON-LD", () => {
  test("ComNet page has a Product with poe_power_per_port 30 WTT", async ({ productPage }) => {
    await productPage.goto(seed.comnet.slug);
    await expect(productPage.jsonLdScript).toHaveCount(1);
    const data = await productPage.jsonLd();
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("Product");
    expect(data.name).toBe(seed.comnet.fullName);
    const poe = data.additionalProperty.find((p) => p.propertyID === "poe_power_per_port");
    expect(poe).toMatchObject({ "@type": "PropertyValue", value: 30, unitCode: "WTT" });
    // not-stated specs are left out rather than published as empty values
    expect(data.additionalProperty.find((p) => p.propertyID === "poe_budget")).toBeUndefined();
  });

  test("A8V MIND detection radius is published in metres (MTR)", async ({ productPage }) => {
    await productPage.goto(seed.a8v.slug);
    const data = await productPage.jsonLd();
    expect(data["@type"]).toBe("Product");
    const radius = data.additionalProperty.find((p) => p.propertyID === "detection_radius");
    expect(radius).toMatchObject({ "@type": "PropertyValue", value: 80, unitCode: "MTR" });
  });
});
