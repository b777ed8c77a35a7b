import { expect, type Locator, type Page } from "@playwright/test";

// The vendor portal: the organization's listings (/vendor) and the registry-generated listing form.
export class VendorPortal {
  readonly rows: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId("listing-row");
    this.form = page.getByTestId("listing-form");
  }

  // Opens the listings page.
  async open(): Promise<void> {
    await this.page.goto("/vendor");
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  // The listing's row on /vendor, found by product name.
  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  // Starts a new listing in a category through the category picker.
  async startListing(categoryName: string): Promise<void> {
    await this.page.goto("/vendor/listings/new");
    await this.page.getByTestId("category-picker").getByRole("radio", { name: categoryName }).check();
    await this.page.getByRole("button", { name: "Continue" }).click();
    await expect(this.form).toBeVisible();
  }

  // The text input of a field by its label ("Product name", "PoE power per port", …).
  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  // The unit selector beside a quantity field.
  unitOf(label: string): Locator {
    return this.form.getByLabel(`Unit of ${label}`, { exact: true });
  }

  // The inline error shown for a spec key (or name, modelNumber…).
  errorOf(key: string): Locator {
    return this.form.getByTestId(`error-${key}`);
  }

  // Clicks "Save draft" and waits for the form to answer.
  async saveDraft(): Promise<void> {
    await this.form.getByRole("button", { name: "Save draft" }).click();
  }

  // Clicks "Submit for review".
  async submitForReview(): Promise<void> {
    await this.form.getByRole("button", { name: "Submit for review" }).click();
  }
}
