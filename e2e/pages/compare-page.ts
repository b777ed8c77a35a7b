import type { Locator, Page } from "@playwright/test";

// The comparison (/compare) and the compare tray shown on every page.
export class ComparePage {
  readonly tray: Locator;
  readonly trayItems: Locator;
  readonly table: Locator;
  readonly products: Locator;
  readonly hideIdentical: Locator;
  readonly checkRequirements: Locator;

  constructor(readonly page: Page) {
    this.tray = page.getByTestId("compare-tray");
    this.trayItems = this.tray.getByTestId("tray-item");
    this.table = page.getByTestId("compare-table");
    this.products = page.getByTestId("compare-product");
    this.hideIdentical = page.getByTestId("hide-identical");
    this.checkRequirements = page.getByRole("button", { name: "Check requirements" });
  }

  row(key: string): Locator {
    return this.table.getByTestId(`compare-row-${key}`);
  }

  cells(key: string): Locator {
    return this.row(key).getByTestId("compare-cell");
  }

  rows(): Locator {
    return this.table.locator("tr[data-testid^='compare-row-']");
  }

  async open(): Promise<void> {
    await this.tray.getByRole("link", { name: "Compare now" }).click();
    await this.page.waitForURL(/\/compare\?products=/);
  }
}
