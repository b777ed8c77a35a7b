import { test as setup } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { roles, storageStateOf } from "./roles";

// Signs each demo role in once through the sign-in page and saves its cookies, so role tests start signed in
// (and the login rate limit is not spent by every test).
for (const [role, { email, password }] of Object.entries(roles)) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(email, password);
    await page.context().storageState({ path: storageStateOf(role as keyof typeof roles) });
  });
}
