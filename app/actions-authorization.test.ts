import { asc, count, eq, max } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import type { Db, DbHandle } from "@/db";
import { createAuth } from "@/db/auth";
import { getActorForUser } from "@/db/queries/actors";
import { createApiKey } from "@/db/queries/api-keys";
import { createListing, submitListing } from "@/db/queries/listing-writes";
import { apiKeys, auditLog, listingRevisions, listings, manufacturers, members, organizations, products, users } from "@/db/schema";
import { initialApiKeyState, initialListingState, initialOrganizationState } from "@/components/vendor/form-states";
import type { Actor, ListingDraft } from "@/lib/listings";
import { draftToEntries, entriesToFormData } from "@/lib/listings/form";
import { demoActors, type DemoRole } from "@/test/actors";
import { openTestDb, testDatabases } from "@/test/db";

// The authorization matrix of every mutating server action (and the portal's session-based upload route): each
// action × caller × target, with the outcome the written policy below prescribes, and a per-owner snapshot of the
// database around each call: a refused call changes nothing; an allowed one changes only its owner's rows.

const request = vi.hoisted(() => ({ db: null as unknown, actor: null as unknown, auth: null as unknown, headers: new Headers() }));

class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

vi.mock("@/app/_lib/auth", () => ({ getCurrentActor: async () => request.actor, getAuth: () => request.auth }));
vi.mock("@/app/_lib/unit-system", () => ({ getUnitSystem: async () => "metric" }));
vi.mock("@/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db")>()), getDb: () => request.db }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));

const vendor = await import("./vendor/actions");
const admin = await import("./admin/actions");
const upload = await import("./vendor/import/upload/route");

type Role = DemoRole | "admin";
type Target = "alpha" | "beta" | "moderator" | "missing";
type Outcome = "ok" | "sign_in" | "forbidden" | "not_found" | "unchanged";
/** Who an action is for: vendors (own organization), moderators (decisions), admins (roles), anyone signed in
 *  (their own API keys: a vendor's organization's, a moderator's or admin's personal ones), vendors without an
 *  organization (onboarding). */
type Who = "vendor" | "moderator" | "admin" | "key_holder" | "onboarding";

const roles: Role[] = ["anonymous", "alpha", "beta", "moderator", "admin"];
const isVendor = (role: Role) => role === "alpha" || role === "beta";

// The policy, written down independently of the code: anonymous callers are told to sign in; a caller of the
// wrong kind is refused before any target is looked up; another organization's listing or key reads exactly like a
// missing one; vendors who already have an organization are sent to it by onboarding.
function expected(who: Who, role: Role, target: Target | null): Outcome {
  if (role === "anonymous") return "sign_in";
  switch (who) {
    case "vendor":
      if (!isVendor(role)) return "forbidden";
      return target === null || target === role ? "ok" : "not_found";
    case "moderator":
      if (isVendor(role)) return "forbidden";
      return target === "missing" ? "not_found" : "ok";
    case "admin":
      if (role !== "admin") return "forbidden";
      return target === "missing" ? "not_found" : "ok";
    case "key_holder":
      return target === null || target === role ? "ok" : "not_found";
    case "onboarding":
      return isVendor(role) ? "unchanged" : "forbidden";
  }
}

/** What the caller sees: a redirect, or the returned state (form state, or the route's JSON error). */
interface Answer {
  redirect?: string;
  ok?: boolean;
  message?: string;
  fields?: Record<string, string>;
  status?: number;
  body?: Record<string, unknown>;
}

interface Env {
  db: Db;
  actors: Record<Role, Actor | null>;
  userIds: Record<"alpha" | "beta" | "moderator" | "admin", string>;
}

/** The target a case acts on: a listing or key id (with the listing's version), or a user id. */
interface Fixture {
  id: number;
  userId: string;
  version: number;
}

type TargetKind = "draft" | "pending" | "key" | "user";

interface Action {
  name: string;
  who: Who;
  target?: TargetKind;
  run: (env: Env, t: Fixture) => Promise<unknown>;
  /** The visible success, beyond "no refusal"; may read the database. */
  success?: (answer: Answer, env: Env, t: Fixture) => Promise<void> | void;
  /** The snapshot groups an allowed call must change (and the only ones it may change). */
  writes: (role: Role, target: Target | null, env: Env) => string[];
}

const CATEGORY = "network-switches";
const MISSING_ID = 2_000_000_000;
const MISSING_USER = "no-such-user";

const draft = (name: string, power = "30"): ListingDraft => ({
  name,
  modelNumber: `M-${name.replace(/\W+/g, "-")}`,
  summary: "",
  specs: { poe_ports: { value: "8" }, poe_power_per_port: { value: power, unit: "W" } },
});

const listingForm = (d: ListingDraft, extra: [string, string][]) => entriesToFormData([["category", CATEGORY], ...draftToEntries(CATEGORY, d), ...extra]);
const plainForm = (fields: Record<string, string | number>) => entriesToFormData(Object.entries(fields).map(([k, v]) => [k, String(v)]));

const orgOf = (env: Env, who: Target | Role) => `org:${env.actors[who as Role]!.organizationId}`;
// Whose API keys an actor manages: a vendor's organization, anyone else's own account.
const keyOwner = (env: Env, who: Target | Role) => (isVendor(who as Role) ? orgOf(env, who) : `user:${env.actors[who as Role]!.userId}`);

async function listingStatus(db: Db, id: number) {
  const [row] = await db.select({ status: listings.status, organizationId: listings.organizationId }).from(listings).where(eq(listings.id, id));
  return row;
}

const decide = (decision: "approved" | "rejected" | "changes_requested"): Action => ({
  name: `decideListing(${decision})`,
  who: "moderator",
  target: "pending",
  run: (_env, t) =>
    admin.decideListing({ ok: true }, plainForm({ id: t.id, version: t.version, decision, reason: decision === "approved" ? "" : "Cite the datasheet." })),
  success: async (answer, env, t) => {
    expect(answer.redirect).toBe(`/admin/moderation?decided=${t.id}&decision=${decision}`);
    expect((await listingStatus(env.db, t.id)).status).toBe(decision === "approved" ? "published" : decision);
  },
  writes: (_role, target, env) => [orgOf(env, target!), ...(decision === "approved" ? ["catalog"] : [])],
});

const actions: Action[] = [
  {
    name: "createListingAction(save)",
    who: "vendor",
    run: () => vendor.createListingAction(initialListingState, listingForm(draft("Matrix new"), [["intent", "save"]])),
    success: (answer) => expect(answer.redirect).toMatch(/^\/vendor\/listings\/\d+\?saved=created$/),
    writes: (role, _t, env) => [orgOf(env, role)],
  },
  {
    name: "createListingAction(submit)",
    who: "vendor",
    run: () => vendor.createListingAction(initialListingState, listingForm(draft("Matrix new"), [["intent", "submit"]])),
    success: async (answer, env) => {
      const id = Number(/^\/vendor\?submitted=(\d+)$/.exec(answer.redirect ?? "")?.[1]);
      expect((await listingStatus(env.db, id)).status).toBe("pending");
    },
    writes: (role, _t, env) => [orgOf(env, role)],
  },
  {
    name: "saveListingAction(save)",
    who: "vendor",
    target: "draft",
    run: (_env, t) =>
      vendor.saveListingAction(initialListingState, listingForm(draft("Matrix edited", "25"), [["listingId", String(t.id)], ["version", String(t.version)], ["intent", "save"]])),
    success: (answer, _env, t) => expect(answer).toMatchObject({ ok: true, message: "Draft saved.", fields: {}, version: t.version + 1 }),
    writes: (_role, target, env) => [orgOf(env, target!)],
  },
  {
    name: "saveListingAction(submit)",
    who: "vendor",
    target: "draft",
    run: (_env, t) =>
      vendor.saveListingAction(initialListingState, listingForm(draft("Matrix edited", "25"), [["listingId", String(t.id)], ["version", String(t.version)], ["intent", "submit"]])),
    success: async (answer, env, t) => {
      expect(answer.redirect).toBe(`/vendor?submitted=${t.id}`);
      expect((await listingStatus(env.db, t.id)).status).toBe("pending");
    },
    writes: (_role, target, env) => [orgOf(env, target!)],
  },
  decide("approved"),
  decide("rejected"),
  decide("changes_requested"),
  {
    name: "createOrganizationAction",
    who: "onboarding",
    run: () => vendor.createOrganizationAction(initialOrganizationState, plainForm({ company: "Matrix Gamma Networks" })),
    writes: () => [],
  },
  {
    name: "createApiKeyAction",
    who: "key_holder",
    run: () => vendor.createApiKeyAction(initialApiKeyState, plainForm({ name: "matrix key" })),
    success: (answer) => expect(answer).toMatchObject({ ok: true, created: { name: "matrix key", key: expect.stringMatching(/^sgk_/) } }),
    writes: (role, _t, env) => [keyOwner(env, role)],
  },
  {
    name: "revokeApiKeyAction",
    who: "key_holder",
    target: "key",
    run: (_env, t) => vendor.revokeApiKeyAction(initialApiKeyState, plainForm({ keyId: t.id })),
    success: async (answer, env, t) => {
      expect(answer).toMatchObject({ ok: true, message: expect.stringMatching(/revoked/) });
      const [row] = await env.db.select({ revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.id, t.id));
      expect(row.revokedAt).not.toBeNull();
    },
    writes: (_role, target, env) => [keyOwner(env, target!)],
  },
  {
    name: "setUserRole(moderator)",
    who: "admin",
    target: "user",
    run: (_env, t) => admin.setUserRole({ ok: true }, plainForm({ userId: t.userId, role: "moderator" })),
    success: async (answer, env, t) => {
      expect(answer).toMatchObject({ ok: true, message: expect.stringMatching(/ is now a moderator\.$/) });
      const [row] = await env.db.select({ role: users.role }).from(users).where(eq(users.id, t.userId));
      expect(row.role).toBe("moderator");
    },
    // the target's role, and the admin's audit entry (role changes belong to no organization)
    writes: (_role, target, env) => [`user:${env.userIds[target as "alpha" | "beta"]}`, `user:${env.userIds.admin}`],
  },
  {
    name: "POST /vendor/import/upload",
    who: "vendor",
    run: async () => {
      const csv = "name,model_number,poe_ports,poe_power_per_port\nMatrix import,MI-1,8,30 W\n";
      return upload.POST(
        new Request("http://portal.test/vendor/import/upload?format=csv&category=network-switches", {
          method: "POST",
          body: csv,
          headers: { host: "portal.test", origin: "http://portal.test", "content-type": "text/csv", "content-length": String(Buffer.byteLength(csv)) },
        }),
      );
    },
    success: (answer) => expect(answer).toMatchObject({ status: 200, body: { report: { total: 1, created: [{ row: 1 }], errors: [] } } }),
    writes: (role, _t, env) => [orgOf(env, role)],
  },
];

const targetsOf: Record<TargetKind, Target[]> = {
  draft: ["alpha", "beta", "missing"],
  pending: ["alpha", "beta", "missing"],
  key: ["alpha", "beta", "moderator", "missing"],
  user: ["alpha", "beta", "missing"],
};

const cases = actions.flatMap((action) =>
  roles.flatMap((role) =>
    (action.target ? targetsOf[action.target] : [null]).map((target) => {
      const want = expected(action.who, role, target);
      const on = target === null ? "" : target === "missing" ? " on a missing id" : ` on ${target}'s ${action.target === "key" ? "key" : action.target === "user" ? "account" : "listing"}`;
      return { label: `${action.name} as ${role}${on} → ${want}`, action, role, target, want };
    }),
  ),
);

// Runs an action and turns what it did (returned state, redirect, or Response) into what the caller sees.
async function answerOf(run: Promise<unknown>): Promise<Answer> {
  let result: unknown;
  try {
    result = await run;
  } catch (error) {
    if (error instanceof Redirected) return { redirect: error.url };
    throw error;
  }
  if (result instanceof Response) {
    const body = (await result.json()) as Record<string, unknown> & { error?: { message: string; fields?: Record<string, string> } };
    return { status: result.status, ok: result.ok, message: body.error?.message, fields: body.error?.fields, body };
  }
  return result as Answer;
}

function notFoundMessage(kind: TargetKind | undefined, t: Fixture): string {
  if (kind === "key") return `No active API key ${t.id}.`;
  if (kind === "user") return "No such user.";
  return `No listing ${t.id}.`;
}

// Every row the actions may touch, grouped by owner: "org:<id>" (organization, members, listings, revisions, keys,
// manufacturer, audit entries), "user:<id>" (platform role, personal keys, audit entries outside organizations),
// and "catalog" (products). Each group as JSON text, to compare before and after a call.
async function snapshotByOwner(db: Db): Promise<Map<string, string>> {
  const groups = new Map<string, unknown[]>();
  const add = (key: string, item: unknown) => groups.set(key, [...(groups.get(key) ?? []), item]);
  const org = (id: string | null, fallback: string) => (id ? `org:${id}` : fallback);
  for (const row of await db.select().from(organizations).orderBy(asc(organizations.id))) add(`org:${row.id}`, row);
  for (const row of await db.select().from(members).orderBy(asc(members.id))) add(`org:${row.organizationId}`, row);
  const rows = await db.select().from(listings).orderBy(asc(listings.id));
  const owner = new Map(rows.map((r) => [r.id, r.organizationId]));
  for (const row of rows) add(`org:${row.organizationId}`, row);
  for (const rev of await db.select().from(listingRevisions).orderBy(asc(listingRevisions.id))) add(`org:${owner.get(rev.listingId)}`, rev);
  for (const key of await db.select().from(apiKeys).orderBy(asc(apiKeys.id))) add(org(key.organizationId, `user:${key.userId}`), key);
  for (const user of await db.select({ id: users.id, role: users.role, banned: users.banned }).from(users).orderBy(asc(users.id))) add(`user:${user.id}`, user);
  for (const entry of await db.select().from(auditLog).orderBy(asc(auditLog.id))) add(org(entry.organizationId, `user:${entry.actorUserId}`), entry);
  for (const maker of await db.select().from(manufacturers).orderBy(asc(manufacturers.id))) add(org(maker.organizationId, "catalog"), maker);
  add("catalog", await db.select({ n: count(), changed: max(products.updatedAt) }).from(products));
  return new Map([...groups].map(([key, items]) => [key, JSON.stringify(items)]));
}

describe.each(testDatabases())("server action authorization matrix on %s", (kind) => {
  let handle: DbHandle;
  let env: Env;

  beforeAll(async () => {
    handle = await openTestDb(kind);
    request.db = handle.db;
    const demo = await demoActors(handle.db);
    // session actors carry no API key id
    const session = (actor: Actor | null) => (actor ? { ...actor, apiKeyId: undefined } : null);
    const adminActor = await getActorForUser(handle.db, "demo-user-admin");
    env = {
      db: handle.db,
      actors: { anonymous: null, alpha: session(demo.alpha), beta: session(demo.beta), moderator: session(demo.moderator), admin: adminActor },
      userIds: { alpha: demo.alpha!.userId, beta: demo.beta!.userId, moderator: demo.moderator!.userId, admin: adminActor!.userId },
    };
    expect(env.actors.admin).toMatchObject({ role: "admin", organizationId: null });
    // better-auth runs for real, and the request carries an admin's session in every case: whatever the caller,
    // only the action's own check on the actor stands between it and better-auth's admin and organization APIs.
    const auth = createAuth(handle.db, { secret: "test-secret-test-secret-test-secret-0123", baseURL: "http://localhost:3000" });
    const signIn = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "10.9.8.7" },
        body: JSON.stringify({ email: "admin@example.com", password: "demo-admin-pass" }),
      }),
    );
    expect(signIn.status).toBe(200);
    request.auth = auth;
    request.headers = new Headers({ cookie: signIn.headers.get("set-cookie")!.split(";")[0] });
  });
  afterAll(async () => handle?.close());

  // A fresh target for the case: a valid draft or a pending submission of that vendor, a key of that owner, or
  // that demo account.
  async function fixture(kind: TargetKind | undefined, target: Target | null, label: string): Promise<Fixture> {
    const none = { id: MISSING_ID, userId: MISSING_USER, version: 1 };
    if (!kind || target === null || target === "missing") return none;
    if (kind === "user") return { ...none, userId: env.userIds[target] };
    const owner = env.actors[target]!;
    if (kind === "key") return { ...none, id: (await createApiKey(env.db, owner, { name: `${target} fixture` })).id };
    const created = await createListing(env.db, owner, { category: CATEGORY, draft: draft(`${target} ${label}`) });
    if (kind === "draft") return { ...none, id: created.id, version: created.version };
    const submitted = await submitListing(env.db, owner, { id: created.id });
    return { ...none, id: submitted.id, version: submitted.version };
  }

  it("covers every mutating action for every caller and target", () => {
    expect(Object.keys(vendor).filter((name) => name.endsWith("Action")).sort()).toEqual(
      ["createApiKeyAction", "createListingAction", "createOrganizationAction", "revokeApiKeyAction", "saveListingAction"],
    );
    expect(Object.keys(admin).filter((name) => typeof admin[name as keyof typeof admin] === "function").sort()).toEqual(["decideListing", "setUserRole"]);
    // untargeted: create ×2, onboarding, key creation, upload; three targets: save ×2, decide ×3, roles; four: revoke
    expect(cases).toHaveLength(roles.length * (5 + 6 * 3 + 4));
  });

  // (a loop, not it.each: interpolated labels get truncated in the report)
  for (const { label, action, role, target, want } of cases) it(label, async () => {
    const t = await fixture(action.target, target, `${action.name} ${role}`);
    if (action.target === "user" && target !== "missing") {
      const [{ role: before }] = await env.db.select({ role: users.role }).from(users).where(eq(users.id, t.userId));
      onTestFinished(async () => {
        await env.db.update(users).set({ role: before }).where(eq(users.id, t.userId));
      });
    }
    request.actor = env.actors[role];
    const before = await snapshotByOwner(env.db);
    const answer = await answerOf(action.run(env, t));
    const after = await snapshotByOwner(env.db);

    const shown = JSON.stringify(answer);
    if (want === "ok") {
      expect(answer.ok === false, shown).toBe(false);
      await action.success?.(answer, env, t);
    } else if (want === "unchanged") {
      expect(answer.redirect, shown).toBe("/vendor");
    } else {
      expect(answer.redirect, shown).toBeUndefined();
      expect(answer.ok, shown).toBe(false);
      expect(Object.keys(answer.fields ?? {}), shown).toEqual([]);
      if (want === "sign_in") expect(answer.message, shown).toMatch(/Sign in/);
      if (want === "forbidden") expect(answer.message, shown).toMatch(/^Only (vendor accounts|moderators|admins) /);
      // another organization's listing or key reads exactly like a missing one
      if (want === "not_found") expect(answer.message, shown).toBe(notFoundMessage(action.target, t));
      if (answer.status !== undefined) expect(answer.status).toBe({ sign_in: 401, forbidden: 403, not_found: 404 }[want]);
    }

    const writers = want === "ok" ? action.writes(role, target, env) : [];
    for (const group of new Set([...before.keys(), ...after.keys()])) {
      if (writers.includes(group)) expect(after.get(group), `the permitted write to ${group} happened`).not.toBe(before.get(group));
      else expect(after.get(group), `${group} changed`).toBe(before.get(group));
    }
  });
});
