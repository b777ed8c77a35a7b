import type { Locator, Page } from "@playwright/test";

// The filter sidebar of /products: one fieldset per facet (data-testid "facet-<key>").
export class FacetPanel {
  readonly form: Locator;
  readonly applyButton: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId("facet-form");
    this.applyButton = this.form.getByRole("button", { name: "Apply filters" });
  }

  facet(key: string): Locator {
    return this.page.getByTestId(`facet-${key}`);
  }

  atLeast(key: string): Locator {
    return this.facet(key).getByRole("textbox", { name: /^(At least|Must cover from)/ });
  }

  atMost(key: string): Locator {
    return this.facet(key).getByRole("textbox", { name: /^(At most|Must cover to)/ });
  }

  error(key: string): Locator {
    return this.facet(key).getByTestId("facet-error");
  }

  option(key: string, label: string | RegExp): Locator {
    return this.facet(key).getByRole("checkbox", { name: label });
  }

  // Types a lower bound and applies it with Enter (the way a keyboard user submits the form).
  async setAtLeast(key: string, text: string): Promise<void> {
    await this.atLeast(key).fill(text);
    await this.atLeast(key).press("Enter");
  }
}
