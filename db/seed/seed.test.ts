import { readFileSync } from "node:fs";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { manufacturers, products, productSpecs } from "@/db/schema";
import { openTestDb, testDatabases } from "@/test/db";
import { seedDatabase } from "./index";
import { buildSeedArticleProducts, seedArticleSentences } from "./seed-article";

const article = readFileSync(new URL("./seed-article.txt", import.meta.url), "utf8");

describe("seed-article products", () => {
  it("quote only sentences that stand verbatim in the article", () => {
    for (const sentence of seedArticleSentences) expect(article).toContain(sentence);
    for (const product of buildSeedArticleProducts()) {
      for (const [key, spec] of Object.entries(product.specs)) {
        expect(spec.source.kind, key).toBe("seed_article");
        // a quote may join several sentences; each must be in the article
        for (const part of spec.source.quote!.split(/(?<=\.)\s+(?=[A-Z])/)) expect(article, key).toContain(part);
      }
    }
  });

  it("are not demo data", () => {
    expect(buildSeedArticleProducts().every((p) => !p.demo)).toBe(true);
  });
});

describe.each(testDatabases())("seeding on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb(kind);
  });
  afterAll(async () => handle?.close());

  async function snapshot() {
    const db = handle.db;
    return {
      products: await db.select().from(products).orderBy(asc(products.id)),
      specs: await db.select().from(productSpecs).orderBy(asc(productSpecs.productId), asc(productSpecs.specKey)),
      manufacturers: await db.select().from(manufacturers).orderBy(asc(manufacturers.id)),
    };
  }

  it("is idempotent: a second run writes nothing and changes no row", async () => {
    const before = await snapshot();
    const report = await seedDatabase(handle.db, { demo: true });
    expect(report.changedProducts).toBe(0);
    expect(report.changedSpecs).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("stores the ComNet switch with exactly the article's facts, typed", async () => {
    const [product] = await handle.db.select().from(products).where(eq(products.slug, "comnet-cnge6fx2tx4poe"));
    const rows = await handle.db.select().from(productSpecs).where(eq(productSpecs.productId, product.id));
    const byKey = Object.fromEntries(rows.map((r) => [r.specKey, r]));
    expect(Object.keys(byKey).sort()).toEqual(
      ["combo_ports", "copper_port_speed", "hardened", "poe_ports", "poe_power_per_port", "poe_standard", "ports_total", "sfp_ports"],
    );
    expect(byKey.ports_total.number).toBe(6);
    expect(byKey.poe_ports.number).toBe(4);
    expect(byKey.poe_power_per_port).toMatchObject({ kind: "quantity", number: 30, sourceKind: "seed_article" });
    expect(byKey.poe_power_per_port.sourceQuote).toContain("up to 30 watts of PoE");
    expect(byKey.poe_standard.code).toBe("at");
    expect(byKey.combo_ports.number).toBe(1);
    expect(byKey.sfp_ports.number).toBe(1);
    expect(byKey.hardened.flag).toBe(true);
    expect(byKey.managed).toBeUndefined(); // not stated: no row, never a "false"
  });

  it("stores the A8V MIND radius in metres and the SALTO credentials as codes", async () => {
    const rows = await handle.db
      .select({ slug: products.slug, key: productSpecs.specKey, number: productSpecs.number, codes: productSpecs.codes, flag: productSpecs.flag, code: productSpecs.code })
      .from(productSpecs)
      .innerJoin(products, eq(products.id, productSpecs.productId))
      .where(eq(products.demo, false));
    const find = (slug: string, key: string) => rows.find((r) => r.slug === slug && r.key === key);
    expect(find("hexagon-a8v-mind", "detection_radius")?.number).toBe(80);
    expect(find("hexagon-a8v-mind", "detection_technology")?.code).toBe("lidar");
    expect(find("hexagon-a8v-mind", "portable")?.flag).toBe(true);
    expect(find("salto-xs4-original-plus", "credential_technologies")?.codes).toEqual(["mifare_desfire", "ble", "nfc"]);
    expect(rows.filter((r) => r.slug === "salient-completeview")).toEqual([]);
  });

  it("rejects a value whose kind does not match its columns (check constraint)", async () => {
    const [product] = await handle.db.select().from(products).limit(1);
    await expect(
      handle.db.insert(productSpecs).values({ productId: product.id, specKey: "bogus", kind: "quantity", flag: true, sourceKind: "demo" }),
    ).rejects.toThrow();
  });
});
