import { eq } from "drizzle-orm";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "../index";
import { accounts, apiKeys, members, organizations, users } from "../schema";
import { hashApiKey } from "../queries/actors";

/** Demo-only sign-ins and API keys (listed in the README); never created on a real server unless SEED_DEMO=1. */
export const demoAccounts = [
  { id: "demo-user-alpha", email: "alpha@example.com", name: "Alex Alpha", password: "demo-alpha-pass", role: "user", organization: { id: "demo-org-alpha", name: "Alpha", slug: "alpha" }, apiKey: "sgk_demo_alpha" },
  { id: "demo-user-beta", email: "beta@example.com", name: "Bea Beta", password: "demo-beta-pass", role: "user", organization: { id: "demo-org-beta", name: "Beta", slug: "beta" }, apiKey: "sgk_demo_beta" },
  { id: "demo-user-moderator", email: "moderator@example.com", name: "Mo Moderator", password: "demo-moderator-pass", role: "moderator", organization: null, apiKey: "sgk_demo_moderator" },
  { id: "demo-user-admin", email: "admin@example.com", name: "Ada Admin", password: "demo-admin-pass", role: "admin", organization: null, apiKey: null },
] as const;

// Creates the demo users, vendor organizations, memberships and API keys when missing (idempotent: existing rows
// are left as they are). For the seed scripts on the embedded database, and tests.
export async function seedDemoAccounts(db: Db): Promise<{ created: number }> {
  let created = 0;
  for (const account of demoAccounts) {
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, account.email));
    if (existing) continue;
    const password = await hashPassword(account.password);
    await db.transaction(async (tx) => {
      await tx.insert(users).values({ id: account.id, email: account.email, name: account.name, emailVerified: true, role: account.role });
      await tx.insert(accounts).values({ id: `${account.id}-credential`, accountId: account.id, providerId: "credential", userId: account.id, password });
      if (account.organization) {
        await tx.insert(organizations).values(account.organization).onConflictDoNothing();
        await tx.insert(members).values({ id: `${account.id}-member`, organizationId: account.organization.id, userId: account.id, role: "owner" });
      }
      if (account.apiKey) {
        await tx.insert(apiKeys).values({
          organizationId: account.organization?.id ?? null,
          userId: account.id,
          name: "Demo key",
          prefix: account.apiKey.slice(0, 10),
          hash: hashApiKey(account.apiKey),
        });
      }
    });
    created++;
  }
  return { created };
}
