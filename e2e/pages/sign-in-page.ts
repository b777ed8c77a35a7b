import { expect, type Locator, type Page } from "@playwright/test";

// /sign-in: email and password, then back to where the visitor came from (`?next=`).
export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel("Email");
    this.password = page.getByLabel("Password", { exact: true });
    this.submit = page.getByRole("button", { name: "Sign in" });
    this.error = page.getByRole("alert");
  }

  // Opens the sign-in page (optionally with a page to return to).
  async open(next?: string): Promise<void> {
    await this.page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
    await expect(this.submit).toBeEnabled();
  }

  // Signs in with the keyboard and waits until the browser has left /sign-in.
  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.password.press("Enter");
    await this.page.waitForURL((url) => url.pathname !== "/sign-in");
  }
}
