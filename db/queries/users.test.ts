import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db";
import { createAuth } from "@/db/auth";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/listings";
import { demoActors } from "@/test/actors";
import { openTestDb, testDatabases } from "@/test/db";
import { getActorForUser } from "./actors";
import { listAuditEntries } from "./audit";
import { changeUserRole, listUsers, type ApplyRole } from "./users";

const secret = "test-secret-test-secret-test-secret-0123";

describe.each(testDatabases())("user administration on %s", (kind) => {
  let handle: DbHandle;
  let admin: Actor;
  let others: Awaited<ReturnType<typeof demoActors>>;
  beforeAll(async () => {
    handle = await openTestDb(kind);
    admin = (await getActorForUser(handle.db, "demo-user-admin"))!;
    others = await demoActors(handle.db);
  });
  afterAll(async () => handle?.close());

  it("lists users with their role and vendor organizations, and finds them by name or email", async () => {
    const all = await listUsers(handle.db, admin);
    expect(all.find((u) => u.email === "alpha@example.com")).toMatchObject({ role: "user", organizations: [{ name: "Alpha" }] });
    expect(all.find((u) => u.email === "moderator@example.com")).toMatchObject({ role: "moderator", organizations: [] });
    expect((await listUsers(handle.db, admin, { q: "bea" })).map((u) => u.email)).toEqual(["beta@example.com"]);
    expect(await listUsers(handle.db, admin, { q: "100%_" })).toEqual([]);
  });

  it.each([
    ["anonymous", 401],
    ["alpha", 403],
    ["moderator", 403],
  ] as const)("refuses the user list to %s with %i", async (role, status) => {
    await expect(listUsers(handle.db, others[role])).rejects.toMatchObject({ status });
  });

  it("makes a vendor user a moderator through better-auth's admin API and back, auditing each change", async () => {
    const auth = createAuth(handle.db, { secret, baseURL: "http://localhost:3000" });
    const signIn = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "10.1.2.3" },
        body: JSON.stringify({ email: "admin@example.com", password: "demo-admin-pass" }),
      }),
    );
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0];
    const applyRole: ApplyRole = (userId, role) => auth.api.setRole({ body: { userId, role }, headers: new Headers({ cookie }) });

    const promoted = await changeUserRole(handle.db, admin, { userId: "demo-user-beta", role: "moderator" }, applyRole);
    expect(promoted).toMatchObject({ from: "user", to: "moderator", changed: true });
    expect(await getActorForUser(handle.db, "demo-user-beta")).toMatchObject({ role: "moderator", organizationId: null });
    await changeUserRole(handle.db, admin, { userId: "demo-user-beta", role: "user" }, applyRole);
    const [beta] = await handle.db.select({ role: users.role }).from(users).where(eq(users.id, "demo-user-beta"));
    expect(beta.role).toBe("user");
    const audit = await listAuditEntries(handle.db, "user", "demo-user-beta");
    expect(audit.map((a) => [a.action, a.detail, a.actorEmail])).toEqual([
      ["user.role_changed", { from: "user", to: "moderator" }, "admin@example.com"],
      ["user.role_changed", { from: "moderator", to: "user" }, "admin@example.com"],
    ]);
  });

  it("does nothing, without an audit entry, when the user already has the role", async () => {
    const applyRole = vi.fn<ApplyRole>(async () => undefined);
    const result = await changeUserRole(handle.db, admin, { userId: "demo-user-moderator", role: "moderator" }, applyRole);
    expect(result.changed).toBe(false);
    expect(applyRole).not.toHaveBeenCalled();
    expect(await listAuditEntries(handle.db, "user", "demo-user-moderator")).toEqual([]);
  });

  it.each([
    { name: "a moderator", actor: "moderator", userId: "demo-user-alpha", role: "moderator", status: 403 },
    { name: "a vendor", actor: "alpha", userId: "demo-user-alpha", role: "moderator", status: 403 },
    { name: "anyone signed out", actor: "anonymous", userId: "demo-user-alpha", role: "moderator", status: 401 },
    { name: "an admin, for their own account", actor: "admin", userId: "demo-user-admin", role: "user", status: 403 },
    { name: "an admin, for the admin role", actor: "admin", userId: "demo-user-alpha", role: "admin", status: 400 },
    { name: "an admin, for an unknown user", actor: "admin", userId: "nobody", role: "moderator", status: 404 },
  ] as const)("refuses $name (status $status) without touching the role", async ({ actor, userId, role, status }) => {
    const applyRole = vi.fn<ApplyRole>(async () => undefined);
    const who = actor === "admin" ? admin : others[actor];
    await expect(changeUserRole(handle.db, who, { userId, role: role as "user" }, applyRole)).rejects.toMatchObject({ status });
    expect(applyRole).not.toHaveBeenCalled();
  });
});
