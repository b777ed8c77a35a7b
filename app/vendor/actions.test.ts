import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db";
import { getListing } from "@/db/queries/listings";
import { apiKeys, listings } from "@/db/schema";
import { initialApiKeyState, initialListingState, type ListingFormState } from "@/components/vendor/form-states";
import type { Actor } from "@/lib/listings";
import { entriesToFormData, specFieldName as f } from "@/lib/listings/form";
import { demoActors } from "@/test/actors";
import { openTestDb, testDatabases } from "@/test/db";

// The portal's server actions against a real database, with Next's request APIs and the session stubbed: domain
// errors must come back as form state (typed values kept), never as a thrown error.

const session = vi.hoisted(() => ({ db: null as unknown, actor: null as unknown }));

vi.mock("@/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db")>()), getDb: () => session.db }));
vi.mock("@/app/_lib/auth", () => ({ getCurrentActor: async () => session.actor, getAuth: () => { throw new Error("not in tests"); } }));
vi.mock("@/app/_lib/unit-system", () => ({ getUnitSystem: async () => "metric" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { createApiKeyAction, createListingAction, revokeApiKeyAction, saveListingAction } = await import("./actions");

const CATEGORY = "network-switches";

function form(pairs: [string, string][]): FormData {
  return entriesToFormData([
    ["category", CATEGORY],
    ["name", "Portal Switch 8"],
    ["modelNumber", "PS-8"],
    ["summary", ""],
    ...pairs,
  ]);
}

function power(value: string, unit = "W"): [string, string][] {
  return [[f("poe_power_per_port", "value"), value], [f("poe_power_per_port", "unit"), unit], [f("poe_power_per_port", "source"), "vendor_stated"]];
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error && error.message === "NEXT_REDIRECT") return (error as Error & { url: string }).url;
    throw error;
  }
  throw new Error("expected a redirect");
}

describe.each(testDatabases())("vendor portal actions on %s", (kind) => {
  let handle: DbHandle;
  let alpha: Actor;
  let beta: Actor;
  const state = (seq = 0): ListingFormState => ({ ...initialListingState, seq });

  beforeAll(async () => {
    handle = await openTestDb(kind);
    session.db = handle.db;
    const actors = await demoActors(handle.db);
    alpha = { ...actors.alpha!, apiKeyId: undefined };
    beta = { ...actors.beta!, apiKeyId: undefined };
  });
  afterAll(async () => handle?.close());
  beforeEach(() => {
    session.actor = alpha;
  });

  async function createDraft(value: string): Promise<number> {
    const url = await redirectOf(createListingAction(state(), form([...power(value), ["intent", "save"]])));
    return Number(/\/vendor\/listings\/(\d+)/.exec(url)![1]);
  }

  it("saves a new draft with invalid values exactly as typed", async () => {
    const id = await createDraft("30 kg");
    const listing = await getListing(handle.db, alpha, id);
    expect(listing.current.snapshot.specs.poe_power_per_port).toEqual({ value: "30 kg", unit: "W", source: { kind: "vendor_stated" } });
    expect(listing.check.errors["specs.poe_power_per_port"]).toBe("expected a power, got '30 kg' (kg is a mass; use W, kW or mW)");
  });

  it("refuses to submit a new invalid listing, creates nothing and hands back what was typed", async () => {
    const [{ before }] = await handle.db.select({ before: count() }).from(listings);
    const result = await createListingAction(state(3), form([...power("30 kg"), ["intent", "submit"]]));
    expect(result).toMatchObject({ ok: false, seq: 4, fields: { "specs.poe_power_per_port": expect.stringMatching(/kg is a mass/) } });
    expect(result.values?.specs.poe_power_per_port.value).toBe("30 kg");
    const [{ after }] = await handle.db.select({ after: count() }).from(listings);
    expect(after).toBe(before);
  });

  it("saves an edit as a new version, then a stale save gets a conflict with what changed and keeps the input", async () => {
    const id = await createDraft("30");
    const saved = await saveListingAction(state(), form([["listingId", String(id)], ["version", "1"], ...power("25"), ["intent", "save"]]));
    expect(saved).toMatchObject({ ok: true, message: "Draft saved.", version: 2, fields: {} });

    const stale = await saveListingAction(state(1), form([["listingId", String(id)], ["version", "1"], ...power("0.02", "kW")]));
    expect(stale).toMatchObject({ ok: false, version: 1, conflict: { currentVersion: 2, revisionNumber: 2, status: "draft" } });
    expect(stale.values?.specs.poe_power_per_port).toMatchObject({ value: "0.02", unit: "kW" });
    expect(stale.conflict!.rows.map((r) => [r.field, r.before?.text, r.after?.text])).toEqual([["specs.poe_power_per_port", "30 W", "25 W"]]);

    const over = await saveListingAction(stale, form([["listingId", String(id)], ["version", "1"], ["overwriteVersion", "2"], ...power("0.02", "kW")]));
    expect(over).toMatchObject({ ok: true, version: 3 });
    expect((await getListing(handle.db, alpha, id)).current.snapshot.specs.poe_power_per_port.value).toBe("0.02");
  });

  it("submits only a valid form; an unchanged form is submitted without a new revision", async () => {
    const id = await createDraft("30 kg");
    const invalid = await saveListingAction(state(), form([["listingId", String(id)], ["version", "1"], ...power("30 kg"), ["intent", "submit"]]));
    expect(invalid).toMatchObject({ ok: false, version: 1, fields: { "specs.poe_power_per_port": expect.any(String) } });
    expect((await getListing(handle.db, alpha, id)).status).toBe("draft");

    await saveListingAction(state(), form([["listingId", String(id)], ["version", "1"], ...power("30")]));
    const url = await redirectOf(saveListingAction(state(), form([["listingId", String(id)], ["version", "2"], ...power("30"), ["intent", "submit"]])));
    expect(url).toBe(`/vendor?submitted=${id}`);
    const listing = await getListing(handle.db, alpha, id);
    expect(listing).toMatchObject({ status: "pending", revisionNumber: 2 });
  });

  it("answers another vendor's listing and a lost session as form state, not as a thrown error", async () => {
    const id = await createDraft("30");
    session.actor = beta;
    const other = await saveListingAction(state(), form([["listingId", String(id)], ["version", "1"], ...power("40")]));
    expect(other).toMatchObject({ ok: false, message: `No listing ${id}.` });
    expect(other.values?.specs.poe_power_per_port.value).toBe("40");
    session.actor = null;
    const anonymous = await saveListingAction(state(), form([["listingId", String(id)], ["version", "1"], ...power("40")]));
    expect(anonymous).toMatchObject({ ok: false, message: expect.stringMatching(/session has ended/) });
    expect(anonymous.values?.specs.poe_power_per_port.value).toBe("40");
  });

  it("creates an API key shown once and revokes it once", async () => {
    const empty = await createApiKeyAction(initialApiKeyState, entriesToFormData([["name", "  "]]));
    expect(empty).toMatchObject({ ok: false, fields: { name: expect.any(String) } });
    const created = await createApiKeyAction(initialApiKeyState, entriesToFormData([["name", "PIM sync"]]));
    expect(created.created?.key).toMatch(/^sgk_/);
    const [row] = await handle.db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.prefix, created.created!.key.slice(0, 10)));
    const revoked = await revokeApiKeyAction(initialApiKeyState, entriesToFormData([["keyId", String(row.id)]]));
    expect(revoked).toMatchObject({ ok: true });
    const again = await revokeApiKeyAction(initialApiKeyState, entriesToFormData([["keyId", String(row.id)]]));
    expect(again).toMatchObject({ ok: false, message: `No active API key ${row.id}.` });
  });
});
