import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db";
import { createListing, submitListing } from "@/db/queries/listing-writes";
import { listingRevisions, listings } from "@/db/schema";
import type { Actor } from "@/lib/listings";
import { demoActors } from "@/test/actors";
import { openTestDb, testDatabases } from "@/test/db";
import {
  createListingHandler,
  importListingsHandler,
  patchListingHandler,
  reviewListingHandler,
  submitListingHandler,
} from "./_lib/handlers";

// The authorization matrix of every mutating vendor API route: each route × caller × target listing, with the
// status the listing policy prescribes, and after each call a check that no other organization's listings or
// revisions changed (and nothing at all when the call was refused).

type Role = "anonymous" | "alpha" | "beta" | "moderator";
type Target = "alpha" | "beta" | "missing";

const roles: Role[] = ["anonymous", "alpha", "beta", "moderator"];
const targets: Target[] = ["alpha", "beta", "missing"];
const keys: Record<Role, string | undefined> = { anonymous: undefined, alpha: "sgk_demo_alpha", beta: "sgk_demo_beta", moderator: "sgk_demo_moderator" };
const MISSING_ID = 2_000_000_000;

interface Route {
  name: string;
  /** Who may call it at all: vendors (their own listings) or moderators (any listing). */
  who: "vendor" | "moderator";
  /** Acts on an existing listing, in this state. */
  needs?: "draft" | "pending";
  success: number;
  call: (db: Db, key: string | undefined, id: number) => Promise<Response>;
}

function send(method: string, path: string, key: string | undefined, body: string, type = "application/json", extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { "Content-Type": type, ...extra };
  if (key) headers.Authorization = `Bearer ${key}`;
  return new Request(`http://localhost/api/v1/listings${path}`, { method, headers, body });
}

const validBody = { category: "network-switches", name: "Matrix switch", modelNumber: "MX-1", specs: { poe_ports: 8, poe_power_per_port: "30 W" } };
const params = (id: number) => ({ id: String(id) });

const routes: Route[] = [
  { name: "POST /listings", who: "vendor", success: 201, call: (db, key) => createListingHandler(db, send("POST", "", key, JSON.stringify(validBody))) },
  {
    name: "POST /listings/import",
    who: "vendor",
    success: 200,
    call: (db, key) => importListingsHandler(db, send("POST", "/import?category=network-switches", key, "name,model_number,poe_ports\nImported,IM-1,8\n", "text/csv")),
  },
  {
    name: "PATCH /listings/{id}",
    who: "vendor",
    needs: "draft",
    success: 200,
    call: (db, key, id) => patchListingHandler(db, send("PATCH", `/${id}`, key, JSON.stringify({ name: "Patched" }), "application/json", { "If-Match": '"1"' }), params(id)),
  },
  { name: "POST /listings/{id}/submit", who: "vendor", needs: "draft", success: 200, call: (db, key, id) => submitListingHandler(db, send("POST", `/${id}/submit`, key, ""), params(id)) },
  {
    name: "POST /listings/{id}/approve",
    who: "moderator",
    needs: "pending",
    success: 200,
    call: (db, key, id) => reviewListingHandler("approved")(db, send("POST", `/${id}/approve`, key, ""), params(id)),
  },
  {
    name: "POST /listings/{id}/reject",
    who: "moderator",
    needs: "pending",
    success: 200,
    call: (db, key, id) => reviewListingHandler("rejected")(db, send("POST", `/${id}/reject`, key, JSON.stringify({ reason: "No datasheet" })), params(id)),
  },
  {
    name: "POST /listings/{id}/request-changes",
    who: "moderator",
    needs: "pending",
    success: 200,
    call: (db, key, id) => reviewListingHandler("changes_requested")(db, send("POST", `/${id}/request-changes`, key, JSON.stringify({ reason: "Add the PoE budget" })), params(id)),
  },
];

// The status the policy prescribes: 401 without a key; 403 for the wrong kind of caller; 404 for a missing
// listing or another vendor's listing (existence not revealed); otherwise the route's success status.
function expectedStatus(route: Route, role: Role, target: Target | null): number {
  if (role === "anonymous") return 401;
  const isVendor = role !== "moderator";
  if ((route.who === "vendor") !== isVendor) return 403;
  if (target === null) return route.success;
  if (target === "missing") return 404;
  if (isVendor && target !== role) return 404;
  return route.success;
}

interface Case {
  label: string;
  route: Route;
  role: Role;
  target: Target | null;
  status: number;
}

const cases: Case[] = routes.flatMap((route) =>
  roles.flatMap((role) =>
    (route.needs ? targets : [null]).map((target) => {
      const status = expectedStatus(route, role, target);
      const on = target === null ? "" : target === "missing" ? " on a missing id" : ` on ${target}'s listing`;
      return { label: `${route.name} as ${role}${on} → ${status}`, route, role, target, status };
    }),
  ),
);

// Every listing and revision, as JSON text per organization, to compare before and after a call.
async function snapshotByOrganization(db: Db): Promise<Map<string, string>> {
  const rows = await db.select().from(listings).orderBy(asc(listings.id));
  const revisions = await db.select().from(listingRevisions).orderBy(asc(listingRevisions.id));
  const owner = new Map(rows.map((r) => [r.id, r.organizationId]));
  const out = new Map<string, unknown[]>();
  for (const row of rows) out.set(row.organizationId, [...(out.get(row.organizationId) ?? []), row]);
  for (const rev of revisions) {
    const org = owner.get(rev.listingId)!;
    out.set(org, [...(out.get(org) ?? []), rev]);
  }
  return new Map([...out].map(([org, items]) => [org, JSON.stringify(items)]));
}

describe.each(testDatabases())("vendor API authorization matrix on %s", (kind) => {
  let handle: DbHandle;
  let actors: Record<"alpha" | "beta", Actor>;
  beforeAll(async () => {
    handle = await openTestDb(kind);
    const all = await demoActors(handle.db);
    actors = { alpha: all.alpha!, beta: all.beta! };
  });
  afterAll(async () => handle?.close());

  it("covers every mutating route for every caller", () => {
    expect(new Set(cases.map((c) => c.route.name)).size).toBe(7);
    expect(cases).toHaveLength(2 * roles.length + 5 * roles.length * targets.length);
  });

  it.each(cases)("$label", async ({ route, role, target, status }) => {
    const { db } = handle;
    let id = MISSING_ID;
    if (target === "alpha" || target === "beta") {
      const owner = actors[target];
      id = (await createListing(db, owner, { category: "network-switches", draft: { name: "Target", modelNumber: `T-${role}`, summary: "", specs: { poe_ports: { value: "8" } } } })).id;
      if (route.needs === "pending") await submitListing(db, owner, { id });
    }
    const before = await snapshotByOrganization(db);
    const response = await route.call(db, keys[role], id);
    expect(response.status, await response.clone().text()).toBe(status);
    const after = await snapshotByOrganization(db);

    const succeeded = status < 300;
    const changer = !succeeded ? null : target === "alpha" || target === "beta" ? actors[target].organizationId : actors[role as "alpha" | "beta"].organizationId;
    for (const org of new Set([...before.keys(), ...after.keys()])) {
      if (org === changer) continue;
      expect(after.get(org), `organization ${org} changed`).toBe(before.get(org));
    }
    if (changer) expect(after.get(changer), "the permitted write happened").not.toBe(before.get(changer));
  });
});
