import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { categories, getCategory, parseSpecInput, requireSpec } from "@/lib/specs";
import { buildDemoCatalog } from "./demo-catalog";

const catalog = buildDemoCatalog();
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const inCategory = (slug: string) => catalog.filter((p) => p.category === slug);

// Real manufacturers in the domain; demo data must never look like theirs.
const realBrands = [
  "SALTO", "ComNet", "Hexagon", "Salient", "Axis", "Hikvision", "HID", "Cisco", "Dahua", "Hanwha", "Bosch", "Genetec",
  "Milestone", "Avigilon", "Motorola", "Assa Abloy", "Allegion", "Schlage", "dormakaba", "Paxton", "Lenel", "Honeywell",
  "Ubiquiti", "Netgear", "TP-Link", "Moxa", "Hirschmann", "Optex", "Senstar", "Southwest Microwave", "Navtech",
  "Ouster", "Quanergy", "Velodyne", "FLIR", "Teledyne", "Verkada", "Eagle Eye", "Mobotix", "Vivotek", "Pelco",
  "Uniview", "Huawei", "ZTE", "Hytera", "Brivo", "Kisi", "Openpath", "Rhombus", "Suprema", "Gallagher",
];

describe("buildDemoCatalog", () => {
  it("has at least 72 products, at least 10 in each of the six categories", () => {
    expect(catalog.length).toBeGreaterThanOrEqual(72);
    expect(categories).toHaveLength(6);
    for (const c of categories) expect(inCategory(c.slug).length, c.slug).toBeGreaterThanOrEqual(10);
  });

  it("marks every product demo and every value with the demo source", () => {
    for (const p of catalog) {
      expect(p.demo, p.slug).toBe(true);
      expect(p.summary.trim(), p.slug).toMatch(/^[A-Z].*\.$/);
      for (const spec of Object.values(p.specs)) {
        expect(spec.source).toEqual({ kind: "demo", title: "Fictional demo data" });
      }
    }
  });

  it("has unique kebab-case slugs prefixed by the manufacturer's slug", () => {
    expect(new Set(catalog.map((p) => p.slug)).size).toBe(catalog.length);
    for (const p of catalog) {
      expect(p.slug).toMatch(kebab);
      expect(p.manufacturer.slug).toMatch(kebab);
      expect(p.slug.startsWith(`${p.manufacturer.slug}-`), p.slug).toBe(true);
    }
    const nameBySlug = new Map<string, string>();
    const slugByName = new Map<string, string>();
    for (const { manufacturer: m } of catalog) {
      expect(nameBySlug.get(m.slug) ?? m.name).toBe(m.name);
      expect(slugByName.get(m.name) ?? m.slug).toBe(m.slug);
      nameBySlug.set(m.slug, m.name);
      slugByName.set(m.name, m.slug);
    }
    expect(nameBySlug.size).toBeGreaterThanOrEqual(8);
  });

  it("uses only invented manufacturer and product names", () => {
    for (const p of catalog) {
      for (const text of [p.manufacturer.name, p.manufacturer.slug, p.name, p.modelNumber, p.summary]) {
        for (const brand of realBrands) {
          const word = new RegExp(`\\b${brand.replace(/[-\s]/g, "[-\\s]?")}\\b`, "i");
          expect(word.test(text), `${p.slug}: '${text}' mentions ${brand}`).toBe(false);
        }
      }
    }
  });

  it("states only specs of the product's category", () => {
    for (const p of catalog) {
      const category = getCategory(p.category);
      expect(category, p.slug).toBeDefined();
      for (const key of Object.keys(p.specs)) expect(category?.specs, `${p.slug}.${key}`).toContain(key);
    }
  });

  it("gives every value in canonical form: parseSpecInput accepts it unchanged", () => {
    for (const p of catalog) {
      for (const [key, { value }] of Object.entries(p.specs)) {
        const parsed = parseSpecInput(requireSpec(key), value);
        expect(parsed, `${p.slug}.${key}`).toEqual({ ok: true, value });
      }
    }
  });

  it("keeps switch ports and PoE consistent", () => {
    const perPort = { af: 15.4, at: 30, bt_type3: 60, bt_type4: 90 } as Record<string, number>;
    const switches = inCategory("network-switches");
    for (const p of switches) {
      const v = (key: string) => p.specs[key]?.value as number | undefined;
      const total = v("ports_total") ?? Infinity;
      expect(v("poe_ports") ?? 0, p.slug).toBeLessThanOrEqual(total);
      expect((v("sfp_ports") ?? 0) + (v("combo_ports") ?? 0), p.slug).toBeLessThanOrEqual(total);
      const standard = p.specs.poe_standard?.value as string | undefined;
      if (standard && p.specs.poe_power_per_port) expect(v("poe_power_per_port"), p.slug).toBe(perPort[standard]);
    }
    const watts = switches.map((p) => p.specs.poe_power_per_port?.value as number | undefined);
    expect(watts.filter((w) => w !== undefined && w >= 30).length).toBeGreaterThanOrEqual(2);
    expect(watts.filter((w) => w !== undefined && w < 30).length).toBeGreaterThanOrEqual(2);
  });

  it("spreads detection radii around the seed article's 80 m", () => {
    const radii = inCategory("perimeter-detection").map((p) => p.specs.detection_radius?.value as number | undefined);
    expect(radii).toContain(76);
    expect(radii).toContain(85);
    expect(radii.some((r) => r !== undefined && r <= 10)).toBe(true);
    expect(radii.some((r) => r !== undefined && r >= 250)).toBe(true);
  });

  it("has every boolean facet both as yes and as no within its category", () => {
    for (const c of categories) {
      const products = inCategory(c.slug);
      for (const def of c.specs.map(requireSpec)) {
        if (def.kind !== "boolean" || !def.facet) continue;
        const values = products.map((p) => p.specs[def.key]?.value);
        expect(values, `${c.slug}.${def.key} true`).toContain(true);
        expect(values, `${c.slug}.${def.key} false`).toContain(false);
      }
    }
  });

  it("leaves some specs not stated: in every category, and 10–25 % overall", () => {
    let applicable = 0;
    let stated = 0;
    for (const c of categories) {
      const products = inCategory(c.slug);
      expect(products.some((p) => Object.keys(p.specs).length < c.specs.length), c.slug).toBe(true);
      for (const p of products) {
        applicable += c.specs.length;
        stated += Object.keys(p.specs).length;
      }
    }
    const missing = 1 - stated / applicable;
    expect(missing).toBeGreaterThanOrEqual(0.1);
    expect(missing).toBeLessThanOrEqual(0.25);
  });

  it("is deterministic", () => {
    expect(buildDemoCatalog()).toEqual(buildDemoCatalog());
    const dir = fileURLToPath(new URL("./demo/", import.meta.url));
    const sources = [fileURLToPath(new URL("./demo-catalog.ts", import.meta.url)),
      ...readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => dir + f)];
    for (const file of sources) expect(readFileSync(file, "utf8"), file).not.toMatch(/Math\.random|\bDate\b/);
  });
});
