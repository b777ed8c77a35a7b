import AxeBuilder from "@axe-core/playwright";
import { expect, seed, test } from "./fixtures";
import { FacetPanel } from "./pages/facet-panel";

test.describe("filtering the catalog by feature", () => {
  test("PoE per port ≥ 30 W keeps ComNet, drops the weaker switches and updates the other facets' counts", async ({ page, productsPage }) => {
    const facets = new FacetPanel(page);
    await productsPage.goto({ category: "network-switches" });
    const before = await productsPage.total();
    await expect(facets.option("poe_standard", /802\.3af/)).toBeVisible();

    await facets.setAtLeast("poe_power_per_port", "30 W");
    await expect(page).toHaveURL(/poe_power_per_port=30W\.\./);
    await expect(productsPage.cardBySlug(seed.comnet.slug)).toBeVisible();
    const after = await productsPage.total();
    expect(after).toBeLessThan(before);
    // 802.3af switches deliver 15.4 W, so that option's count drops to 0 and it leaves the list
    await expect(facets.option("poe_standard", /802\.3af/)).toHaveCount(0);
    await expect(page.getByTestId("active-filters")).toContainText("PoE power per port ≥ 30 W");
    for (const card of await productsPage.cards.all()) {
      const text = await productsPage.keySpec(card, "poe_power_per_port").innerText();
      expect(Number.parseFloat(text)).toBeGreaterThanOrEqual(30);
    }
  });

  test("detection radius ≥ 262 ft lists the A8V MIND (80 m); ≥ 263 ft does not", async ({ page, productsPage }) => {
    const facets = new FacetPanel(page);
    await productsPage.goto({ category: "perimeter-detection" });
    await facets.setAtLeast("detection_radius", "262 ft");
    await expect(page).toHaveURL(/detection_radius=262ft\.\./);
    await expect(productsPage.cardBySlug(seed.a8v.slug)).toBeVisible();

    await facets.setAtLeast("detection_radius", "263 ft");
    await expect(page).toHaveURL(/detection_radius=263ft\.\./);
    await expect(productsPage.cardBySlug(seed.a8v.slug)).toHaveCount(0);
    expect(await productsPage.total()).toBeGreaterThan(0);
  });

  test("a bare number is read in the unit shown beside it: 262 with imperial units means feet", async ({ page, productsPage }) => {
    const facets = new FacetPanel(page);
    await productsPage.goto({ category: "perimeter-detection" });
    await productsPage.header.chooseUnits("imperial");
    await expect(facets.atLeast("detection_radius")).toHaveAttribute("placeholder", "ft");
    await facets.setAtLeast("detection_radius", "262");
    await expect(page).toHaveURL(/detection_radius=262ft\.\./);
    await expect(productsPage.cardBySlug(seed.a8v.slug)).toBeVisible();
    await expect(productsPage.keySpec(productsPage.cardBySlug(seed.a8v.slug), "detection_radius")).toHaveText("262 ft");
  });

  test("reload and back/forward restore the filters from the URL", async ({ page, productsPage }) => {
    const facets = new FacetPanel(page);
    await productsPage.goto({ category: "network-switches" });
    const all = await productsPage.total();
    await facets.setAtLeast("poe_ports", "8");
    await expect(page).toHaveURL(/poe_ports=8\.\./);
    const filtered = await productsPage.total();
    expect(filtered).toBeLessThan(all);

    await page.reload();
    await expect(facets.atLeast("poe_ports")).toHaveValue("8");
    expect(await productsPage.total()).toBe(filtered);

    await page.goBack();
    await expect(page).not.toHaveURL(/poe_ports/);
    await expect(productsPage.resultCount).toHaveText(`${all} products`);
    await page.goForward();
    await expect(page).toHaveURL(/poe_ports=8\.\./);
    await expect(productsPage.resultCount).toHaveText(`${filtered} products`);
  });

  test("what is typed before the page's scripts have loaded is kept and applied", async ({ page, productsPage }) => {
    const facets = new FacetPanel(page);
    let releaseScripts = () => {};
    const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
    await page.route("**/_next/static/**/*.js", async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto("/products?category=network-switches", { waitUntil: "domcontentloaded" });
    await facets.atLeast("poe_ports").fill("8");
    releaseScripts();
    // hydrated, and the form's effects (a reset would be one) have run
    await expect(facets.form).toHaveAttribute("data-enhanced", "");
    await expect(facets.atLeast("poe_ports")).toHaveValue("8");
    await facets.atLeast("poe_ports").press("Enter");
    await expect(page).toHaveURL(/poe_ports=8\.\./);
    await expect(facets.atLeast("poe_ports")).toHaveValue("8");
    expect(await productsPage.total()).toBeGreaterThan(0);
  });

  test("a wrong unit shows an error next to that filter while the other filters keep working", async ({ page, productsPage }) => {
    const facets = new FacetPanel(page);
    await page.goto("/products?category=network-switches&poe_ports=8..");
    const withPorts = await productsPage.total();
    await facets.setAtLeast("poe_power_per_port", "30 kg");
    await expect(facets.error("poe_power_per_port")).toContainText("expected a power");
    await expect(facets.error("poe_power_per_port")).toContainText("kg is a mass");
    await expect(facets.atLeast("poe_power_per_port")).toHaveValue("30kg");
    await expect(facets.atLeast("poe_power_per_port")).toHaveAttribute("aria-invalid", "true");
    expect(await productsPage.total()).toBe(withPorts);
  });

  test("checkboxes combine with OR inside a facet and AND across facets", async ({ page, productsPage }) => {
    const facets = new FacetPanel(page);
    await productsPage.goto({ category: "network-switches" });
    await facets.option("poe_standard", /802\.3at/).check();
    await expect(page).toHaveURL(/poe_standard=at(&|$)/);
    const atOnly = await productsPage.total();
    await facets.option("poe_standard", /Type 4/).check();
    await expect(page).toHaveURL(/poe_standard=at%2Cbt_type4/);
    const either = await productsPage.total();
    expect(either).toBeGreaterThan(atOnly);
    await facets.facet("hardened").getByRole("radio", { name: /^Yes/ }).check();
    await expect(page).toHaveURL(/hardened=true/);
    expect(await productsPage.total()).toBeLessThanOrEqual(either);
  });

  test("works with the keyboard alone", async ({ page, productsPage }) => {
    const facets = new FacetPanel(page);
    await productsPage.goto({ category: "network-switches" });
    const target = facets.option("poe_standard", /802\.3at/);
    await productsPage.header.tabTo(target, 60);
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/poe_standard=at/);
  });

  test("the filtered page has no serious or critical accessibility violations", async ({ page }) => {
    await page.goto("/products?category=network-switches&poe_power_per_port=30kg..&poe_ports=4..");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});

test.describe("filtering without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the facet form is a plain GET form", async ({ page, productsPage }) => {
    const facets = new FacetPanel(page);
    await productsPage.goto({ category: "perimeter-detection" });
    await facets.atLeast("detection_radius").fill("262 ft");
    await facets.applyButton.click();
    // the submitted min/max fields redirect to the canonical, shareable URL
    await expect(page).toHaveURL(/detection_radius=262ft\.\./);
    await expect(productsPage.cardBySlug(seed.a8v.slug)).toBeVisible();
    await expect(facets.atLeast("detection_radius")).toHaveValue("262ft");
  });
});
