import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db, DbHandle } from "@/db";
import { createAuth } from "@/db/auth";
import { getActorForUser } from "@/db/queries/actors";
import { createListing, submitListing } from "@/db/queries/listing-writes";
import { getListing } from "@/db/queries/listings";
import { users } from "@/db/schema";
import type { Actor, ListingDraft } from "@/lib/listings";
import { demoActors } from "@/test/actors";
import { openTestDb, testDatabases } from "@/test/db";

// The actions read the session, the database singleton and request headers; the test supplies each.
const request = vi.hoisted(() => ({
  actor: null as Actor | null,
  db: null as unknown as Db,
  auth: null as unknown,
  headers: new Headers(),
}));

class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

vi.mock("@/app/_lib/auth", () => ({ getCurrentActor: async () => request.actor, getAuth: () => request.auth }));
vi.mock("@/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db")>()), getDb: () => request.db }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));

const { decideListing, setUserRole } = await import("./actions");

const draft: ListingDraft = {
  name: "Alpha Edge Switch 16",
  modelNumber: "AES-16",
  summary: "Sixteen ports.",
  specs: { poe_power_per_port: { value: "30", unit: "W" }, poe_ports: { value: "16" } },
};

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(() => null, (e: unknown) => e);
  if (!(error instanceof Redirected)) throw new Error(`expected a redirect, got ${String(error)}`);
  return error.url;
}

describe.each(testDatabases())("admin actions on %s", (kind) => {
  let handle: DbHandle;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let admin: Actor;

  async function pendingListing() {
    const created = await createListing(handle.db, actors.alpha, { category: "network-switches", draft });
    const submitted = await submitListing(handle.db, actors.alpha, { id: created.id });
    return submitted;
  }

  beforeAll(async () => {
    handle = await openTestDb(kind);
    request.db = handle.db;
    actors = await demoActors(handle.db);
    admin = (await getActorForUser(handle.db, "demo-user-admin"))!;
  });
  beforeEach(() => {
    request.actor = actors.moderator;
  });
  afterAll(async () => handle?.close());

  it("asks for a reason to reject, keeping what was typed, and leaves the listing pending", async () => {
    const listing = await pendingListing();
    const state = await decideListing({ ok: true }, form({ id: listing.id, version: listing.version, decision: "rejected", reason: "   " }));
    expect(state).toMatchObject({ ok: false, fields: { reason: expect.stringMatching(/reason/) }, values: { reason: "   " } });
    expect((await getListing(handle.db, actors.moderator, listing.id)).status).toBe("pending");
  });

  it("requests changes with the reason the vendor sees, then returns to the queue with a confirmation", async () => {
    const listing = await pendingListing();
    const url = await redirectOf(
      decideListing({ ok: true }, form({ id: listing.id, version: listing.version, decision: "changes_requested", reason: "Cite the datasheet page." })),
    );
    expect(url).toBe(`/admin/moderation?decided=${listing.id}&decision=changes_requested`);
    expect(await getListing(handle.db, actors.alpha, listing.id)).toMatchObject({ status: "changes_requested", reviewNote: "Cite the datasheet page." });
  });

  it("approves a pending listing into the catalog", async () => {
    const listing = await pendingListing();
    const url = await redirectOf(decideListing({ ok: true }, form({ id: listing.id, version: listing.version, decision: "approved", reason: "" })));
    expect(url).toContain("decision=approved");
    expect((await getListing(handle.db, actors.moderator, listing.id)).productSlug).toBeTruthy();
  });

  it.each([
    { name: "a stale page", actor: "moderator", version: 1, message: /changed since version 1/ },
    { name: "a vendor", actor: "alpha", version: undefined, message: /Only moderators/ },
    { name: "a signed-out visitor", actor: "anonymous", version: undefined, message: /Sign in again/ },
  ] as const)("refuses $name with a message and records nothing", async ({ actor, version, message }) => {
    const listing = await pendingListing();
    request.actor = actors[actor];
    const state = await decideListing({ ok: true }, form({ id: listing.id, version: version ?? listing.version, decision: "approved", reason: "" }));
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(message) });
    expect((await getListing(handle.db, actors.moderator, listing.id)).status).toBe("pending");
  });

  it("lets an admin make a user a moderator through better-auth, and refuses a moderator", async () => {
    const auth = createAuth(handle.db, { secret: "test-secret-test-secret-test-secret-0123", baseURL: "http://localhost:3000" });
    const signIn = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "10.4.5.6" },
        body: JSON.stringify({ email: "admin@example.com", password: "demo-admin-pass" }),
      }),
    );
    request.auth = auth;
    request.headers = new Headers({ cookie: signIn.headers.get("set-cookie")!.split(";")[0] });

    request.actor = actors.moderator;
    const refused = await setUserRole({ ok: true }, form({ userId: "demo-user-beta", role: "moderator" }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/Only admins/) });

    request.actor = admin;
    const done = await setUserRole({ ok: true }, form({ userId: "demo-user-beta", role: "moderator" }));
    expect(done).toEqual({ ok: true, message: "Bea Beta is now a moderator." });
    const [beta] = await handle.db.select({ role: users.role }).from(users).where(eq(users.id, "demo-user-beta"));
    expect(beta.role).toBe("moderator");
    expect(await setUserRole({ ok: true }, form({ userId: "demo-user-beta", role: "admin" }))).toMatchObject({ ok: false, fields: { role: expect.any(String) } });
  });
});
