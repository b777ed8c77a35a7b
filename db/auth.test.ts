import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { openTestDb, testDatabases } from "@/test/db";
import { createAuth, LOGIN_ATTEMPTS_PER_MINUTE } from "./auth";
import { getActorForUser } from "./queries/actors";
import { members, organizations, users } from "./schema";

const secret = "test-secret-test-secret-test-secret-0123";

function post(path: string, body: unknown, ip: string, cookie?: string) {
  return new Request(`http://localhost:3000/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

describe.each(testDatabases())("better-auth on %s", (kind) => {
  let handle: DbHandle;
  let auth: ReturnType<typeof createAuth>;
  beforeAll(async () => {
    handle = await openTestDb(kind);
    auth = createAuth(handle.db, { secret, baseURL: "http://localhost:3000" });
  });
  afterAll(async () => handle?.close());

  it("signs up a vendor, creates their organization, and resolves them as its vendor actor", async () => {
    const signUp = await auth.handler(post("/sign-up/email", { name: "Gamma Person", email: "gamma@example.com", password: "gamma-password-1" }, "10.0.0.1"));
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers.get("set-cookie")!.split(";")[0];
    const org = await auth.handler(post("/organization/create", { name: "Gamma Security", slug: "gamma-security" }, "10.0.0.1", cookie));
    expect(org.status).toBe(200);
    const [user] = await handle.db.select().from(users).where(eq(users.email, "gamma@example.com"));
    expect(user.role).toBe("user");
    const [membership] = await handle.db.select().from(members).innerJoin(organizations, eq(organizations.id, members.organizationId)).where(eq(members.userId, user.id));
    expect(membership).toMatchObject({ members: { role: "owner" }, organizations: { slug: "gamma-security" } });
    expect(await getActorForUser(handle.db, user.id)).toEqual({ userId: user.id, role: "vendor", organizationId: membership.organizations.id });
  });

  it("signs in the seeded demo moderator with the README password and refuses a wrong one", async () => {
    const ok = await auth.handler(post("/sign-in/email", { email: "moderator@example.com", password: "demo-moderator-pass" }, "10.0.0.2"));
    expect(ok.status).toBe(200);
    const bad = await auth.handler(post("/sign-in/email", { email: "moderator@example.com", password: "wrong-password" }, "10.0.0.3"));
    expect(bad.status).toBe(401);
    const [mod] = await handle.db.select().from(users).where(eq(users.email, "moderator@example.com"));
    expect(await getActorForUser(handle.db, mod.id)).toMatchObject({ role: "moderator", organizationId: null });
  });

  it(`rate limits sign-in attempts to ${LOGIN_ATTEMPTS_PER_MINUTE} per minute per client IP`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_MINUTE + 2; i++) {
      const res = await auth.handler(post("/sign-in/email", { email: "alpha@example.com", password: `guess-${i}-xxxxxx` }, "10.9.9.9"));
      statuses.push(res.status);
    }
    expect(statuses.slice(0, LOGIN_ATTEMPTS_PER_MINUTE).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(LOGIN_ATTEMPTS_PER_MINUTE)).toEqual([429, 429]);
    // another client is not affected
    const other = await auth.handler(post("/sign-in/email", { email: "alpha@example.com", password: "demo-alpha-pass" }, "10.9.9.10"));
    expect(other.status).toBe(200);
  });

  it("without a configured origin, accepts browser requests only from the origin they were sent to", async () => {
    const open = createAuth(handle.db, { secret });
    const at = (origin: string) =>
      new Request("http://127.0.0.1:3200/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin, cookie: "x=1", "x-forwarded-for": "10.7.7.7" },
        body: JSON.stringify({ email: "beta@example.com", password: "demo-beta-pass" }),
      });
    expect((await open.handler(at("http://127.0.0.1:3200"))).status).toBe(200);
    expect((await open.handler(at("https://evil.example"))).status).toBe(403);
  });
});
