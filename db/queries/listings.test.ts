import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { auditLog, users } from "@/db/schema";
import { getActorForApiKey, getActorForUser } from "./actors";
import type { Actor, ListingDraft } from "@/lib/listings";
import { demoActors } from "@/test/actors";
import { openTestDb, testDatabases } from "@/test/db";
import { createListing, saveListing, submitListing } from "./listing-writes";
import { getListing, listListings, listReviewQueue, listRevisions } from "./listings";
import { reviewListing } from "./moderation";
import { getProductBySlug } from "./products";
import { searchCatalog } from "./search";

const switchDraft = (poe: string): ListingDraft => ({
  name: "Alpha PoE Switch 8",
  modelNumber: "APS-8",
  summary: "<script>alert(1)</script> eight ports",
  specs: {
    poe_power_per_port: { value: poe, unit: "W", source: { kind: "datasheet", url: "https://alpha.example/aps-8.pdf", page: "3" } },
    poe_ports: { value: "8" },
  },
});

describe.each(testDatabases())("listing workflow on %s", (kind) => {
  let handle: DbHandle;
  let actors: Record<"alpha" | "beta" | "moderator", Actor>;
  beforeAll(async () => {
    handle = await openTestDb(kind);
    const all = await demoActors(handle.db);
    actors = { alpha: all.alpha!, beta: all.beta!, moderator: all.moderator! };
  });
  afterAll(async () => handle?.close());

  it("keeps an invalid draft as typed, refuses to submit it, then publishes the fixed revision into search", async () => {
    const { db } = handle;
    const created = await createListing(db, actors.alpha, { category: "network-switches", draft: switchDraft("30 kg") });
    expect(created.errors["specs.poe_power_per_port"]).toMatch(/expected a power, got '30 kg' \(kg is a mass/);
    const stored = await getListing(db, actors.alpha, created.id);
    expect(stored.current.snapshot.specs.poe_power_per_port.value).toBe("30 kg");
    await expect(submitListing(db, actors.alpha, { id: created.id })).rejects.toMatchObject({ status: 422, fields: { "specs.poe_power_per_port": expect.stringMatching(/power/) } });

    const saved = await saveListing(db, actors.alpha, { id: created.id, expectedVersion: 1, draft: switchDraft("30") });
    expect(saved).toMatchObject({ version: 2, revisionNumber: 2, errors: {} });
    await submitListing(db, actors.alpha, { id: created.id });
    const queue = await listReviewQueue(db, actors.moderator);
    expect(queue.map((l) => l.id)).toContain(created.id);

    const approved = await reviewListing(db, actors.moderator, { id: created.id, decision: "approved" });
    expect(approved.status).toBe("published");
    const detail = await getListing(db, actors.alpha, created.id);
    const product = await getProductBySlug(db, detail.productSlug!);
    expect(product).toMatchObject({ name: "Alpha PoE Switch 8", demo: false, manufacturer: { name: "Alpha" }, summary: "<script>alert(1)</script> eight ports" });
    expect(product!.specs.find((s) => s.key === "poe_power_per_port")).toMatchObject({ value: 30, source: { kind: "datasheet", page: "3" } });
    const found = await searchCatalog(db, { category: "network-switches", filters: [{ kind: "number", key: "poe_power_per_port", min: 30 }], page: 1, pageSize: 100 }, { facets: false });
    expect(found.items.map((p) => p.slug)).toContain(detail.productSlug);
    const revisions = await listRevisions(db, actors.alpha, created.id);
    expect(revisions.map((r) => r.number)).toEqual([2, 1]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, String(created.id)));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["listing.created", "listing.saved", "listing.submitted", "listing.approved"]));
  });

  it("hides another vendor's listing, forbids vendors to decide and moderators to edit", async () => {
    const { db } = handle;
    const created = await createListing(db, actors.alpha, { category: "network-switches", draft: switchDraft("15 W") });
    await expect(getListing(db, actors.beta, created.id)).rejects.toMatchObject({ status: 404 });
    await expect(saveListing(db, actors.beta, { id: created.id, expectedVersion: 1, draft: switchDraft("1 W") })).rejects.toMatchObject({ status: 404 });
    await expect(reviewListing(db, actors.alpha, { id: created.id, decision: "approved" })).rejects.toMatchObject({ status: 403 });
    await expect(saveListing(db, actors.moderator, { id: created.id, expectedVersion: 1, draft: switchDraft("1 W") })).rejects.toMatchObject({ status: 403 });
    expect((await listListings(db, actors.beta)).map((l) => l.id)).not.toContain(created.id);
  });

  it("lets exactly one of two saves on the same version win", async () => {
    const { db } = handle;
    const created = await createListing(db, actors.alpha, { category: "network-switches", draft: switchDraft("15 W") });
    const results = await Promise.allSettled([
      saveListing(db, actors.alpha, { id: created.id, expectedVersion: 1, draft: switchDraft("20 W") }),
      saveListing(db, actors.alpha, { id: created.id, expectedVersion: 1, draft: switchDraft("25 W") }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ status: 412, code: "precondition_failed" });
    expect((await listRevisions(db, actors.alpha, created.id))).toHaveLength(2);
  });

  it("keeps an organization key a vendor key after its creator is made moderator, and stops it", async () => {
    const { db } = handle;
    await db.update(users).set({ role: "moderator" }).where(eq(users.id, actors.alpha.userId));
    try {
      expect(await getActorForApiKey(db, "sgk_demo_alpha")).toBeNull();
      // promoted but still a member of Alpha: may not decide on Alpha's listings by session either
      const created = await createListing(db, actors.alpha, { category: "network-switches", draft: switchDraft("15 W"), submit: true });
      const promoted = await getActorForUser(db, actors.alpha.userId);
      expect(promoted).toMatchObject({ role: "moderator", organizationId: null });
      await expect(reviewListing(db, promoted, { id: created.id, decision: "approved" })).rejects.toMatchObject({ status: 403 });
    } finally {
      await db.update(users).set({ role: "user" }).where(eq(users.id, actors.alpha.userId));
    }
    expect(await getActorForApiKey(db, "sgk_demo_alpha")).toMatchObject({ role: "vendor", organizationId: actors.alpha.organizationId });
  });

  it("saves and submits in one transaction: an invalid submission writes nothing", async () => {
    const { db } = handle;
    const before = (await listListings(db, actors.alpha)).length;
    await expect(createListing(db, actors.alpha, { category: "network-switches", draft: switchDraft("30 kg"), submit: true })).rejects.toMatchObject({ status: 422 });
    expect((await listListings(db, actors.alpha)).length).toBe(before);
  });
});
