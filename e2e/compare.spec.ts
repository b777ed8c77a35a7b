import AxeBuilder from "@axe-core/playwright";
import { expect, seed, test } from "./fixtures";
import { ComparePage } from "./pages/compare-page";

test.describe("comparing products side by side", () => {
  test("pick ComNet and two demo switches, compare, set a requirement, export and share", async ({ page, productsPage, browser }) => {
    const compare = new ComparePage(page);
    await productsPage.goto({ category: "network-switches" });
    const comnet = productsPage.cardBySlug(seed.comnet.slug);
    await comnet.getByRole("button", { name: /^Compare/ }).click();
    await expect(compare.trayItems).toHaveCount(1);
    const demoCards = productsPage.cards.filter({ has: page.getByTestId("demo-badge") });
    await demoCards.nth(0).getByRole("button", { name: /^Compare/ }).click();
    await expect(compare.trayItems).toHaveCount(2);
    await demoCards.nth(1).getByRole("button", { name: /^Compare/ }).click();
    await expect(compare.trayItems).toHaveCount(3);

    // the tray survives navigation and reloads
    await page.goto("/");
    await expect(compare.trayItems).toHaveCount(3);
    await page.reload();
    await expect(compare.trayItems).toHaveCount(3);

    await compare.open();
    await expect(compare.products).toHaveCount(3);
    await expect(compare.products.first()).toContainText("ComNet CNGE6FX2TX4PoE");

    // differences are highlighted; hiding identical rows leaves only differing ones
    const allRows = await compare.rows().count();
    const differing = await compare.table.locator("tr[data-differs]").count();
    expect(differing).toBeGreaterThan(0);
    await compare.hideIdentical.click();
    await expect(page).toHaveURL(/identical=hide/);
    await expect(compare.rows()).toHaveCount(differing);
    expect(differing).toBeLessThanOrEqual(allRows);

    // the best PoE per port is marked, on every tied cell
    const poeCells = compare.cells("poe_power_per_port");
    const values = (await poeCells.allInnerTexts()).map((t) => Number.parseFloat(t));
    const stated = values.filter((v) => !Number.isNaN(v));
    const top = Math.max(...stated);
    for (let i = 0; i < values.length; i++) {
      const marker = poeCells.nth(i).getByTestId("best-marker");
      if (values[i] === top && new Set(stated).size > 1) await expect(marker).toBeVisible();
      else await expect(marker).toHaveCount(0);
    }

    // requirement: PoE per port ≥ 30 W passes ComNet
    await compare.row("poe_power_per_port").getByRole("textbox", { name: /at least/ }).fill("30 W");
    await compare.checkRequirements.click();
    await expect(page).toHaveURL(/need\.poe_power_per_port=30W\.\./);
    await expect(compare.cells("poe_power_per_port").first().getByTestId("outcome-pass")).toBeVisible();
    await expect(page.getByTestId("pass-count").first()).toHaveText("Meets 1 of 1");
    await expect(page.getByTestId("alternatives")).toBeVisible();

    // CSV with a header row
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloadPromise;
    const csv = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
    const [header, ...lines] = csv.trim().split("\n");
    expect(header).toContain("Spec,Unit,Requirement,ComNet CNGE6FX2TX4PoE");
    expect(lines.find((l) => l.startsWith("PoE power per port,W,30W..,30,"))).toBeTruthy();

    // the shared URL reproduces the view in a new page (fresh context: no tray, no cookies)
    const url = page.url();
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(url);
    const again = new ComparePage(fresh);
    await expect(again.products).toHaveCount(3);
    await expect(again.rows()).toHaveCount(differing);
    await expect(again.row("poe_power_per_port").getByRole("textbox", { name: /at least/ })).toHaveValue("30W");
    await expect(again.cells("poe_power_per_port").first().getByTestId("outcome-pass")).toBeVisible();
    await other.close();
  });

  test("mixed categories: shared specs first, then a section per category, not applicable apart from not stated", async ({ page }) => {
    const compare = new ComparePage(page);
    await page.goto(`/compare?products=${seed.comnet.slug},${seed.a8v.slug}`);
    await expect(page.getByTestId("compare-section-shared")).toBeVisible();
    await expect(page.getByTestId("compare-section-network-switches")).toBeVisible();
    await expect(page.getByTestId("compare-section-perimeter-detection")).toBeVisible();
    await expect(compare.cells("detection_radius").nth(0)).toContainText("Not applicable");
    await expect(compare.cells("detection_radius").nth(1)).toContainText("80 m");
    await expect(compare.cells("operating_temperature").nth(0)).toContainText("Not stated");
  });

  test("tray: reorder, remove and clear", async ({ page, productPage }) => {
    const compare = new ComparePage(page);
    await productPage.goto(seed.comnet.slug);
    await page.getByRole("button", { name: /^Compare/ }).click();
    await productPage.goto(seed.a8v.slug);
    await page.getByRole("button", { name: /^Compare/ }).click();
    await expect(compare.trayItems).toHaveCount(2);
    await expect(compare.trayItems.first()).toContainText("CNGE6FX2TX4PoE");
    await compare.tray.getByRole("button", { name: "Move A8V MIND left" }).click();
    await expect(compare.trayItems.first()).toContainText("A8V MIND");
    await compare.tray.getByRole("button", { name: "Remove A8V MIND from comparison" }).click();
    await expect(compare.trayItems).toHaveCount(1);
    await compare.tray.getByRole("button", { name: "Clear" }).click();
    await expect(compare.tray).toHaveCount(0);
  });

  test("the comparison page has no serious or critical accessibility violations", async ({ page }) => {
    await page.goto(`/compare?products=${seed.comnet.slug},kestrel-ks-8p-at,${seed.a8v.slug}&need.poe_power_per_port=30W..`);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("API: rows with differs and best; 400 and 404 as JSON errors", async ({ request }) => {
    const ok = await request.get(`/api/v1/compare?products=${seed.comnet.slug},kestrel-ks-8p-at&units=imperial`);
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.products.map((p: { slug: string }) => p.slug)).toEqual([seed.comnet.slug, "kestrel-ks-8p-at"]);
    const poe = body.rows.find((r: { key: string }) => r.key === "poe_power_per_port");
    expect(poe).toMatchObject({ unit: "W", values: [{ value: 30, display: "30 W" }, expect.anything()] });
    expect(typeof poe.differs).toBe("boolean");
    expect(Array.isArray(poe.best)).toBe(true);

    const one = await request.get(`/api/v1/compare?products=${seed.comnet.slug}`);
    expect(one.status()).toBe(400);
    expect((await one.json()).error.fields.products).toContain("expected 2 to 6");
    const seven = await request.get(`/api/v1/compare?products=a,b,c,d,e,f,g`);
    expect(seven.status()).toBe(400);
    const unknown = await request.get(`/api/v1/compare?products=${seed.comnet.slug},no-such-thing`);
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.message).toContain("no-such-thing");
  });
});
