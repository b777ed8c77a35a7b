import { expect, type Locator, type Page } from "@playwright/test";

// /admin/moderation: the queue of pending submissions and the review page with its diff and decision form.
export class ModerationPage {
  readonly rows: Locator;
  readonly reason: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId("moderation-row");
    this.reason = page.getByLabel("Reason");
  }

  // Opens the queue.
  async open(): Promise<void> {
    await this.page.goto("/admin/moderation");
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  // Opens the review page of the pending listing with that product name.
  async review(name: string): Promise<void> {
    await this.rows.filter({ hasText: name }).getByRole("link").first().click();
    await expect(this.page.getByRole("button", { name: "Approve" })).toBeVisible();
  }

  // A changed row of the diff, by field ("specs.poe_power_per_port", "name"…).
  diffRow(field: string): Locator {
    return this.page.locator(`[data-testid="diff-row"][data-field="${field}"]`);
  }

  // Decides with an optional reason and waits for the confirmation on the queue.
  async decide(button: "Approve" | "Reject" | "Request changes", reason?: string): Promise<void> {
    if (reason !== undefined) await this.reason.fill(reason);
    await this.page.getByRole("button", { name: button }).click();
    await expect(this.page.getByTestId("decision-confirmation")).toBeVisible();
  }
}
