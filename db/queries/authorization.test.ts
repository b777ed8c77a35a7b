import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db";
import { apiKeys, listingRevisions, listings, products } from "@/db/schema";
import type { Actor, ListingDraft } from "@/lib/listings";
import { demoActors, type DemoRole } from "@/test/actors";
import { openTestDb, testDatabases } from "@/test/db";
import { createApiKey, revokeApiKey } from "./api-keys";
import { createListing, saveListing, submitListing } from "./listing-writes";
import { getListing } from "./listings";
import { reviewListing } from "./moderation";

// The policy every server action relies on (they resolve the actor, then call these functions), as a matrix:
// operation × actor × target. The expected outcome comes from the written policy below, not from the code.

const roles: DemoRole[] = ["anonymous", "alpha", "beta", "moderator"];
type Target = "alpha's" | "beta's" | "missing";
const targets: Target[] = ["alpha's", "beta's", "missing"];
type Outcome = "ok" | 401 | 403 | 404;

const vendorOps = ["read", "save", "submit"] as const;
const decisionOps = ["approve", "reject", "request_changes"] as const;
type ListingOp = (typeof vendorOps)[number] | (typeof decisionOps)[number];

function expected(op: ListingOp, role: DemoRole, target: Target): Outcome {
  if (role === "anonymous") return 401;
  const isDecision = (decisionOps as readonly string[]).includes(op);
  if (role === "moderator") {
    if (!isDecision && op !== "read") return 403;
    return target === "missing" ? 404 : "ok";
  }
  if (isDecision) return 403;
  return target === `${role}'s` ? "ok" : 404;
}

const draft = (name: string): ListingDraft => ({
  name,
  modelNumber: `M-${name}`,
  summary: "",
  specs: { poe_ports: { value: "8" }, poe_power_per_port: { value: "30", unit: "W" } },
});

async function snapshot(db: Db) {
  return {
    listings: await db.select().from(listings).orderBy(asc(listings.id)),
    revisions: (await db.select({ id: listingRevisions.id, listingId: listingRevisions.listingId, decision: listingRevisions.decision }).from(listingRevisions).orderBy(asc(listingRevisions.id))),
    keys: await db.select().from(apiKeys).orderBy(asc(apiKeys.id)),
    products: (await db.select({ id: products.id, updatedAt: products.updatedAt }).from(products).orderBy(asc(products.id))).length,
  };
}

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "ok";
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401 || status === 403 || status === 404) return status;
    throw error;
  }
}

describe.each(testDatabases())("authorization matrix on %s", (kind) => {
  let handle: DbHandle;
  let actors: Record<DemoRole, Actor | null>;
  beforeAll(async () => {
    handle = await openTestDb(kind);
    actors = await demoActors(handle.db);
  });
  afterAll(async () => handle?.close());

  // A fresh listing of each vendor in the state the operation needs (pending for decisions).
  async function fixtures(op: ListingOp) {
    const make = async (owner: "alpha" | "beta") => {
      const created = await createListing(handle.db, actors[owner], { category: "network-switches", draft: draft(`${owner} ${op}`) });
      if ((decisionOps as readonly string[]).includes(op)) await submitListing(handle.db, actors[owner], { id: created.id });
      return created.id;
    };
    return { "alpha's": await make("alpha"), "beta's": await make("beta"), missing: 999_999 } as Record<Target, number>;
  }

  function run(op: ListingOp, actor: Actor | null, id: number) {
    const db = handle.db;
    switch (op) {
      case "read": return getListing(db, actor, id);
      case "save": return saveListing(db, actor, { id, expectedVersion: 1, draft: draft("changed") });
      case "submit": return submitListing(db, actor, { id });
      case "approve": return reviewListing(db, actor, { id, decision: "approved" });
      case "reject": return reviewListing(db, actor, { id, decision: "rejected", reason: "Not a switch" });
      case "request_changes": return reviewListing(db, actor, { id, decision: "changes_requested", reason: "Add a datasheet" });
    }
  }

  const cases = [...vendorOps, ...decisionOps].flatMap((op) =>
    roles.flatMap((role) => targets.map((target) => ({ op, role, target, want: expected(op, role, target) }))),
  );

  it.each(cases)("$op by $role on $target listing → $want", async ({ op, role, target, want }) => {
    const ids = await fixtures(op);
    const before = await snapshot(handle.db);
    const got = await outcomeOf(() => run(op, actors[role], ids[target]));
    expect(got).toBe(want);
    const after = await snapshot(handle.db);
    const touched = want === "ok" && op !== "read" ? ids[target] : null;
    // nothing but the target listing (and, on approval, the catalog) may change
    expect(after.listings.filter((l) => l.id !== touched)).toEqual(before.listings.filter((l) => l.id !== touched));
    expect(after.revisions.filter((r) => r.listingId !== touched)).toEqual(before.revisions.filter((r) => r.listingId !== touched));
    expect(after.keys).toEqual(before.keys);
    if (!(want === "ok" && op === "approve")) expect(after.products).toBe(before.products);
  });

  it.each(roles.map((role) => ({ role, want: role === "alpha" || role === "beta" ? "ok" : role === "anonymous" ? 401 : 403 })))(
    "create listing by $role → $want",
    async ({ role, want }) => {
      const before = await snapshot(handle.db);
      const got = await outcomeOf(() => createListing(handle.db, actors[role as DemoRole], { category: "network-switches", draft: draft("new") }));
      expect(got).toBe(want);
      const after = await snapshot(handle.db);
      expect(after.listings.length - before.listings.length).toBe(want === "ok" ? 1 : 0);
      if (want === "ok") expect(after.listings.at(-1)!.organizationId).toBe(actors[role as DemoRole]!.organizationId);
    },
  );

  const keyCases = roles.flatMap((role) =>
    (["alpha's", "beta's", "missing"] as const).map((target) => ({
      role,
      target,
      want: (role === "anonymous" ? 401 : target === "missing" ? 404 : target === `${role}'s` ? "ok" : 404) as Outcome,
    })),
  );

  it.each(keyCases)("revoke $target API key by $role → $want", async ({ role, target, want }) => {
    const alphaKey = await createApiKey(handle.db, actors.alpha, { name: "alpha ci" });
    const betaKey = await createApiKey(handle.db, actors.beta, { name: "beta ci" });
    const id = target === "alpha's" ? alphaKey.id : target === "beta's" ? betaKey.id : 999_999;
    const before = await snapshot(handle.db);
    expect(await outcomeOf(() => revokeApiKey(handle.db, actors[role], id))).toBe(want);
    const after = await snapshot(handle.db);
    const touched = want === "ok" ? id : null;
    expect(after.keys.filter((k) => k.id !== touched)).toEqual(before.keys.filter((k) => k.id !== touched));
  });
});
