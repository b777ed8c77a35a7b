import { expect, type Locator, type Page } from "@playwright/test";

export type UnitSystem = "metric" | "imperial";

const unitLabels: Record<UnitSystem, string> = { metric: "Metric", imperial: "Imperial" };

// The header every page shares: main navigation, the site search and the metric/imperial switch.
export class SiteHeader {
  readonly banner: Locator;
  readonly allProductsLink: Locator;
  readonly searchBox: Locator;
  readonly unitSwitch: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole("banner");
    this.allProductsLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "All products" });
    this.searchBox = this.banner.getByRole("searchbox", { name: "Search products" });
    this.unitSwitch = page.getByTestId("unit-switch");
  }

  // The switch's button for a unit system.
  unitButton(system: UnitSystem): Locator {
    return this.unitSwitch.getByRole("button", { name: unitLabels[system], exact: true });
  }

  // Searches the catalog from the header box and waits for the results page.
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchBox.press("Enter");
    await this.page.waitForURL((url) => url.pathname === "/products" && url.searchParams.get("q") === text);
  }

  // Chooses a unit system with the mouse and waits until the switch shows it as selected.
  async chooseUnits(system: UnitSystem): Promise<void> {
    await this.unitButton(system).click();
    await expect(this.unitButton(system)).toHaveAttribute("aria-pressed", "true");
  }

  // Presses Tab from wherever focus is until `target` has focus (at most `maxTabs` presses); no mouse involved.
  async tabTo(target: Locator, maxTabs = 25): Promise<void> {
    for (let i = 0; i < maxTabs; i++) {
      await this.page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Tab did not reach the target within ${maxTabs} presses`);
  }
}
