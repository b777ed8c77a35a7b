import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ModerationPage } from "./pages/moderation-page";
import { VendorPortal } from "./pages/vendor-portal";
import { storageStateOf, type Role } from "./roles";

// The vendor → moderator → catalog round trip of the issue, each role in its own signed-in browser context.

async function pageAs(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

// Creates a switch listing with valid entries and submits it; returns its id.
async function submitSwitch(portal: VendorPortal, name: string, model: string): Promise<number> {
  await portal.startListing("Network switches");
  await portal.field("Product name").fill(name);
  await portal.field("Model number").fill(model);
  await portal.field("PoE ports").fill("8");
  await portal.field("PoE power per port").fill("30");
  await portal.unitOf("PoE power per port").selectOption("W");
  await portal.saveDraft();
  await portal.page.waitForURL(/\/vendor\/listings\/\d+/);
  const id = Number(/\/vendor\/listings\/(\d+)/.exec(portal.page.url())![1]);
  await portal.submitForReview();
  await portal.page.waitForURL(/\/vendor\?submitted=/);
  return id;
}

test.describe.configure({ mode: "serial" });

test("Alpha lists a switch, the moderator approves it, and buyers find it by PoE per port", async ({ browser }) => {
  const alpha = new VendorPortal(await pageAs(browser, "alpha"));
  await alpha.startListing("Network switches");
  await alpha.field("Product name").fill("E2E Alpha Switch 8");
  await alpha.field("Model number").fill("E2E-AS8");
  await alpha.field("PoE ports").fill("8");
  await alpha.field("PoE power per port").fill("30 kg");
  await alpha.saveDraft();
  // the draft is saved with the bad entry kept verbatim and its error next to the field
  await expect(alpha.errorOf("poe_power_per_port")).toContainText("kg is a mass");
  await expect(alpha.field("PoE power per port")).toHaveValue("30 kg");
  expect(await seriousViolations(alpha.page), "axe on the listing form with errors").toEqual([]);

  await alpha.field("PoE power per port").fill("30");
  await alpha.unitOf("PoE power per port").selectOption("W");
  await alpha.saveDraft();
  await expect(alpha.errorOf("poe_power_per_port")).toHaveCount(0);
  await alpha.submitForReview();
  await alpha.page.waitForURL(/\/vendor\?submitted=/);
  await expect(alpha.row("E2E Alpha Switch 8")).toHaveAttribute("data-status", "pending");

  const moderation = new ModerationPage(await pageAs(browser, "moderator"));
  await moderation.open();
  await moderation.review("E2E Alpha Switch 8");
  await expect(moderation.diffRow("specs.poe_power_per_port")).toContainText("30 W");
  await expect(moderation.diffRow("name")).toContainText("E2E Alpha Switch 8");
  expect(await seriousViolations(moderation.page), "axe on the review page").toEqual([]);
  await moderation.decide("Approve");

  const buyer = await pageAs(browser, "alpha");
  await buyer.goto("/products?category=network-switches&poe_power_per_port=30W..");
  await expect(buyer.getByRole("link", { name: /E2E Alpha Switch 8/ }).first()).toBeVisible();
  await buyer.goto("/products?category=network-switches&poe_power_per_port=31W..");
  await expect(buyer.getByRole("link", { name: /E2E Alpha Switch 8/ })).toHaveCount(0);

  await alpha.open();
  await expect(alpha.row("E2E Alpha Switch 8")).toHaveAttribute("data-status", "published");
});

test("Beta cannot open Alpha's listing", async ({ browser }) => {
  const alpha = new VendorPortal(await pageAs(browser, "alpha"));
  const id = await submitSwitch(alpha, "E2E Private Switch", "E2E-PS1");
  const beta = await pageAs(browser, "beta");
  const response = await beta.goto(`/vendor/listings/${id}`);
  expect(response?.status()).toBe(404);
  await expect(beta.getByText("E2E Private Switch")).toHaveCount(0);
  const api = await beta.request.get(`/api/v1/listings/${id}`, { headers: { authorization: "Bearer sgk_demo_beta" } });
  expect(api.status()).toBe(404);
});

test("a rejection shows its reason to Alpha", async ({ browser }) => {
  const alpha = new VendorPortal(await pageAs(browser, "alpha"));
  await submitSwitch(alpha, "E2E Rejected Switch", "E2E-RS1");
  const moderation = new ModerationPage(await pageAs(browser, "moderator"));
  await moderation.open();
  await moderation.review("E2E Rejected Switch");
  // a reason is required: an empty one is refused inline
  await moderation.page.getByRole("button", { name: "Reject" }).click();
  await expect(moderation.page.getByTestId("reason-error")).toBeVisible();
  await moderation.decide("Reject", "The datasheet link is missing for PoE power per port.");
  await alpha.open();
  const row = alpha.row("E2E Rejected Switch");
  await expect(row).toHaveAttribute("data-status", "rejected");
  await expect(row.getByTestId("review-note")).toContainText("The datasheet link is missing");
});

test("signed-out visitors are sent to sign in, and back", async ({ page }) => {
  await page.goto("/vendor/api-keys");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fvendor%2Fapi-keys/);
  await page.getByLabel("Email").fill("alpha@example.com");
  await page.getByLabel("Password", { exact: true }).fill("demo-alpha-pass");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/vendor/api-keys");
  expect(await seriousViolations(page), "axe on API keys").toEqual([]);
});
