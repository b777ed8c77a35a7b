import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, seed, test } from "./fixtures";

// WCAG 2 A/AA violations that block or seriously hinder people; minor/moderate ones are left to review.
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
    }));
}

const pages = [
  { name: "home", path: "/", status: 200 },
  { name: "product list", path: "/products", status: 200 },
  { name: "ComNet product", path: `/products/${seed.comnet.slug}`, status: 200 },
  { name: "A8V MIND product", path: `/products/${seed.a8v.slug}`, status: 200 },
  { name: "manufacturer", path: "/manufacturers/comnet", status: 200 },
  { name: "404", path: "/products/does-not-exist", status: 404 },
];

test.describe("axe: no serious or critical WCAG 2 A/AA violations", () => {
  for (const { name, path, status } of pages) {
    test(name, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const violations = await seriousViolations(page);
      if (violations.length > 0) console.log(`axe violations on ${path}:\n${JSON.stringify(violations, null, 2)}`);
      expect(violations, `axe violations on ${path}`).toEqual([]);
    });
  }
});

test.describe("keyboard", () => {
  test("Tab reaches the unit switch and Enter / Space switch units on the product page", async ({ productPage, page }) => {
    await productPage.goto(seed.a8v.slug);
    const { header } = productPage;
    await expect(productPage.specValue("detection_radius")).toHaveText("80 m");

    await header.tabTo(header.unitButton("imperial"));
    await expect(header.unitButton("imperial")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(productPage.specValue("detection_radius")).toHaveText("262 ft");
    await expect(header.unitButton("imperial")).toHaveAttribute("aria-pressed", "true");

    // from the top of a fresh load, back to metric with Space
    await page.reload();
    await expect(productPage.specValue("detection_radius")).toHaveText("262 ft");
    await header.tabTo(header.unitButton("metric"));
    await expect(header.unitButton("metric")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(productPage.specValue("detection_radius")).toHaveText("80 m");
    await expect(header.unitButton("metric")).toHaveAttribute("aria-pressed", "true");
  });
});
