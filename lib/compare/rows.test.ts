import { describe, expect, it } from "vitest";
import type { SpecFilter } from "@/lib/catalog-params";
import { categories, requireSpec, specsOfCategory, type SpecValue } from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";
import { bestIndexes, buildComparison, valueInDisplayUnit, type CompareProductInput, type CompareRow, type Comparison } from "./rows";

const source = { kind: "datasheet" as const };

// A product of a category with the given canonical specs; a key left out (or null) is not stated.
function product(slug: string, category: string, specs: Record<string, SpecValue | null> = {}): CompareProductInput {
  return {
    slug,
    name: slug,
    manufacturer: { name: "Acme" },
    category: { slug: category },
    specs: Object.entries(specs)
      .filter((e): e is [string, SpecValue] => e[1] !== null)
      .map(([key, value]) => ({ key, value, source })),
  };
}

// The first category that has this spec key, so tables can name only keys.
function categoryOf(key: string): string {
  const category = categories.find((c) => c.specs.includes(key));
  if (!category) throw new Error(`no category has '${key}'`);
  return category.slug;
}

// One product per value, all of the key's category, compared on that key.
function rowFor(key: string, values: (SpecValue | null)[], units: UnitSystem = "metric", requirements = new Map<string, SpecFilter>()): CompareRow {
  const category = categoryOf(key);
  const products = values.map((v, i) => product(`p${i}`, category, { [key]: v }));
  return findRow(buildComparison(products, units, requirements), key);
}

function findRow(comparison: Comparison, key: string): CompareRow {
  const row = comparison.sections.flatMap((s) => s.groups.flatMap((g) => g.rows)).find((r) => r.def.key === key);
  if (!row) throw new Error(`no row '${key}'`);
  return row;
}

function rowKeys(comparison: Comparison, section: string): string[] {
  const found = comparison.sections.find((s) => s.key === section);
  if (!found) throw new Error(`no section '${section}'`);
  return found.groups.flatMap((g) => g.rows.map((r) => r.def.key));
}

const hardwareCommon = [
  "series", "lifecycle", "warranty", "operating_temperature", "humidity_max", "ip_ratings", "ik_rating",
  "power_inputs", "max_power_draw", "weight", "certifications", "ndaa_compliant", "taa_compliant", "cyber_features",
];

describe("which rows differ and which cells are best", () => {
  it.each<[string, string, (SpecValue | null)[], boolean, number[]]>([
    ["quantity, higher is better", "poe_power_per_port", [30, 90, 60], true, [1]],
    ["quantity, lower is better", "max_power_draw", [45, 12, 30], true, [1]],
    ["count, higher is better", "poe_ports", [8, 24, 16], true, [1]],
    ["range, widest span wins", "operating_temperature", [{ min: -10, max: 50 }, { min: 0, max: 40 }, { min: -40, max: 75 }], true, [2]],
    ["range, the widest wins even when another reaches hotter", "operating_temperature", [{ min: -40, max: 60 }, { min: 0, max: 85 }], true, [0]],
    ["enum with a direction, by option order", "poe_standard", ["at", "bt_type4", "bt_type3", "af"], true, [1]],
    ["enum where lower is better", "poe_class", ["class_4", "class_1", "class_8"], true, [1]],
    ["boolean, yes wins when higher is better", "hardened", [false, true], true, [1]],
    ["neutral quantity is never best", "weight", [1.2, 3.5], true, []],
    ["neutral enum is never best", "mounting", ["din_rail", "rack"], true, []],
    ["neutral range is never best", "input_voltage", [{ min: 12, max: 57 }, { min: 48, max: 57 }], true, []],
    ["neutral boolean is never best", "fanless", [true, false], true, []],
    ["ties are all marked", "poe_power_per_port", [60, 30, 60], true, [0, 2]],
    ["tied widest ranges at different places are both marked", "operating_temperature", [{ min: -40, max: 75 }, { min: -30, max: 85 }, { min: 0, max: 50 }], true, [0, 1]],
    ["identical values do not differ and have no best", "poe_power_per_port", [30, 30, 30], false, []],
    ["identical ranges do not differ", "operating_temperature", [{ min: -40, max: 75 }, { min: -40, max: 75 }], false, []],
    ["one stated, one not: differs, but a lone value is not best", "poe_power_per_port", [null, 30], true, []],
    ["lower is better: not stated is never best", "max_power_draw", [null, 40, 20], true, [2]],
    ["not stated never best, and a lone zero draw is not best either", "max_power_draw", [0, null], true, []],
    ["equal stated values with a gap: nothing to beat, no best", "poe_power_per_port", [60, null, 60], true, []],
    ["stated ties beside a lower value both marked", "poe_power_per_port", [60, null, 60, 30], true, [0, 2]],
    ["nothing stated: does not differ, no best", "poe_power_per_port", [null, null, null], false, []],
    ["neutral with one not stated still differs", "weight", [2, null], true, []],
  ])("%s (%s %j)", (_label, key, values, differs, best) => {
    const row = rowFor(key, values);
    expect(row.differs).toBe(differs);
    expect(row.best).toEqual(best);
    expect(row.cells.map((c, i) => (c.best ? i : -1)).filter((i) => i >= 0)).toEqual(best);
  });

  it("shows a cell that states nothing as Not stated with no value", () => {
    const row = rowFor("poe_power_per_port", [null, 30]);
    expect(row.cells[0]).toMatchObject({ applicable: true, value: null, display: "Not stated", altDisplay: null, source: null, bar: null });
    expect(row.cells[1]).toMatchObject({ applicable: true, value: 30, display: "30 W", source });
  });

  it.each<[string, string, { value: SpecValue | null; applicable: boolean }[], number[]]>([
    ["a not-applicable cell is never best, whatever its value", "poe_power_per_port",
      [{ value: 90, applicable: false }, { value: 30, applicable: true }, { value: 60, applicable: true }], [2]],
    ["neutral gives nothing", "weight", [{ value: 1, applicable: true }, { value: 2, applicable: true }], []],
    ["nothing stated gives nothing", "hardened", [{ value: null, applicable: true }, { value: null, applicable: true }], []],
    ["booleans: every yes is best", "redundant_power",
      [{ value: true, applicable: true }, { value: false, applicable: true }, { value: true, applicable: true }], [0, 2]],
    ["enums: EN 50131 grade 3 beats grade 2", "en50131_grade",
      [{ value: "grade_2", applicable: true }, { value: "grade_3", applicable: true }], [1]],
  ])("bestIndexes: %s", (_label, key, cells, expected) => {
    expect(bestIndexes(requireSpec(key), cells)).toEqual(expected);
  });
});

describe("display in the user's units", () => {
  it.each<[string, SpecValue, UnitSystem, string, string | null]>([
    ["detection_radius", 80, "metric", "80 m", "262 ft"],
    ["detection_radius", 80, "imperial", "262 ft", "80 m"],
    ["operating_temperature", { min: -40, max: 75 }, "metric", "-40 to 75 °C", "-40 to 167 °F"],
    ["operating_temperature", { min: -40, max: 75 }, "imperial", "-40 to 167 °F", "-40 to 75 °C"],
    ["poe_power_per_port", 30, "imperial", "30 W", null],
    ["poe_ports", 8, "imperial", "8 ports", null],
    ["poe_ports", 1, "metric", "1 port", null],
    ["hardened", true, "metric", "Yes", null],
    ["poe_standard", "bt_type4", "metric", "802.3bt Type 4 (90 W)", null],
  ])("%s %j in %s reads %s (other system: %s)", (key, value, units, display, altDisplay) => {
    const cell = rowFor(key, [value, null], units).cells[0];
    expect(cell.display).toBe(display);
    expect(cell.altDisplay).toBe(altDisplay);
  });

  it.each<[string, SpecValue | null, UnitSystem, SpecValue | null]>([
    ["detection_radius", 80, "imperial", 262.467191601],
    ["detection_radius", 80, "metric", 80],
    ["read_range", 0.05, "metric", 50],
    ["operating_temperature", { min: -40, max: 75 }, "imperial", { min: -40, max: 167 }],
    ["poe_power_per_port", 30, "imperial", 30],
    ["poe_ports", 8, "imperial", 8],
    ["poe_standard", "at", "imperial", "at"],
    ["detection_radius", null, "imperial", null],
  ])("valueInDisplayUnit(%s, %j, %s) = %j", (key, value, units, expected) => {
    const actual = valueInDisplayUnit(requireSpec(key), value, units);
    if (typeof expected === "number") expect(actual).toBeCloseTo(expected, 9);
    else expect(actual).toEqual(expected);
  });
});

describe("bars", () => {
  it.each<[string, (SpecValue | null)[], ({ from: number; width: number } | null)[]]>([
    ["poe_power_per_port", [30, 60, null], [{ from: 0, width: 0.5 }, { from: 0, width: 1 }, null]],
    ["max_power_draw", [10, 40], [{ from: 0, width: 0.25 }, { from: 0, width: 1 }]],
    ["poe_ports", [8, 24, 16], [{ from: 0, width: 1 / 3 }, { from: 0, width: 1 }, { from: 0, width: 2 / 3 }]],
    ["operating_temperature", [{ min: -40, max: 60 }, { min: -20, max: 60 }, { min: 0, max: 40 }, null],
      [{ from: 0, width: 1 }, { from: 0.2, width: 0.8 }, { from: 0.4, width: 0.4 }, null]],
    ["operating_temperature", [{ min: 0, max: 0 }, { min: 0, max: 0 }], [{ from: 0, width: 1 }, { from: 0, width: 1 }]],
    ["hardened", [true, false], [null, null]],
    ["poe_standard", ["at", "af"], [null, null]],
    ["poe_power_per_port", [null, null], [null, null]],
  ])("%s %j", (key, values, expected) => {
    const bars = rowFor(key, values).cells.map((c) => c.bar);
    expect(bars).toHaveLength(expected.length);
    bars.forEach((bar, i) => {
      const want = expected[i];
      if (want === null) expect(bar).toBeNull();
      else {
        expect(bar?.from).toBeCloseTo(want.from, 9);
        expect(bar?.width).toBeCloseTo(want.width, 9);
      }
    });
  });
});

describe("sections", () => {
  it("one category: a single section with every spec of it once, in registry group order", () => {
    const comparison = buildComparison([product("a", "network-switches"), product("b", "network-switches")], "metric");
    expect(comparison.sections.map((s) => [s.key, s.label])).toEqual([["shared", "Network switches"]]);
    const [shared] = comparison.sections;
    expect(shared.groups.map((g) => g.key)).toEqual(["overview", "ports", "environment", "compliance"]);
    expect(shared.groups.find((g) => g.key === "environment")?.rows.map((r) => r.def.key)).toEqual([
      "hardened", "fanless", "mounting", "operating_temperature", "humidity_max", "ip_ratings", "ik_rating", "weight",
    ]);
    const keys = rowKeys(comparison, "shared");
    expect(keys).toHaveLength(new Set(keys).size);
    expect([...keys].sort()).toEqual(specsOfCategory("network-switches").map((d) => d.key).sort());
  });

  const mixed = buildComparison(
    [
      product("switch", "network-switches", { poe_power_per_port: 30, operating_temperature: { min: -40, max: 75 } }),
      product("detector", "perimeter-detection", { detection_radius: 80, operating_temperature: { min: -20, max: 60 } }),
    ],
    "metric",
  );

  it("several categories: shared specs first, then a section per category in order of appearance", () => {
    expect(mixed.sections.map((s) => [s.key, s.label])).toEqual([
      ["shared", "Specs they share"],
      ["network-switches", "Network switches"],
      ["perimeter-detection", "Perimeter detection"],
    ]);
    expect([...rowKeys(mixed, "shared")].sort()).toEqual([...hardwareCommon].sort());
    expect(rowKeys(mixed, "network-switches")).toContain("poe_power_per_port");
    expect(rowKeys(mixed, "network-switches")).not.toContain("operating_temperature");
    expect(rowKeys(mixed, "perimeter-detection")).toContain("detection_radius");
    const all = mixed.sections.flatMap((s) => rowKeys(mixed, s.key));
    expect(all).toHaveLength(new Set(all).size);
  });

  it("compares the shared specs across categories", () => {
    const row = findRow(mixed, "operating_temperature");
    expect(row.cells.map((c) => c.applicable)).toEqual([true, true]);
    expect(row.differs).toBe(true);
    expect(row.best).toEqual([0]);
  });

  it.each<[string, number, number]>([
    ["poe_power_per_port", 0, 1],
    ["detection_radius", 1, 0],
  ])("%s: the other category's product reads Not applicable", (key, stated, other) => {
    const row = findRow(mixed, key);
    expect(row.cells[other]).toMatchObject({
      applicable: false, value: null, display: "Not applicable", altDisplay: null, best: false, bar: null, requirement: null,
    });
    expect(row.cells[stated].applicable).toBe(true);
    // a single applicable cell has nothing to differ from
    expect(row.differs).toBe(false);
    expect(row.best).toEqual([]);
  });

  it("tells not stated from not applicable in the same row", () => {
    const comparison = buildComparison(
      [product("switch", "network-switches"), product("detector", "perimeter-detection", { detection_radius: 80 })],
      "metric",
    );
    expect(findRow(comparison, "poe_power_per_port").cells.map((c) => c.display)).toEqual(["Not stated", "Not applicable"]);
  });

  it("ignores not-applicable cells when deciding differs and best", () => {
    const comparison = buildComparison(
      [
        product("a", "network-switches", { poe_power_per_port: 30 }),
        product("detector", "perimeter-detection", { detection_radius: 80 }),
        product("b", "network-switches", { poe_power_per_port: 60 }),
        product("c", "network-switches", { poe_budget: 240 }),
      ],
      "metric",
    );
    const power = findRow(comparison, "poe_power_per_port");
    expect(power.differs).toBe(true);
    expect(power.best).toEqual([2]);
    expect(power.cells.map((c) => c.display)).toEqual(["30 W", "Not applicable", "60 W", "Not stated"]);
    const managed = findRow(comparison, "managed");
    expect(managed.differs).toBe(false);
  });
});

describe("requirements", () => {
  const requirements = new Map<string, SpecFilter>([
    ["poe_power_per_port", { kind: "number", key: "poe_power_per_port", min: 30 }],
    ["hardened", { kind: "boolean", key: "hardened", value: true }],
    ["operating_temperature", { kind: "covers", key: "operating_temperature", min: -35, max: 50 }],
    ["detection_radius", { kind: "number", key: "detection_radius", min: 50 }],
  ]);
  const comparison = buildComparison(
    [
      product("a", "network-switches", { poe_power_per_port: 30, hardened: true, operating_temperature: { min: -40, max: 75 } }),
      product("b", "network-switches", { poe_power_per_port: 15.4, hardened: false }),
      product("c", "network-switches", { operating_temperature: { min: -20, max: 60 } }),
      product("d", "perimeter-detection", { detection_radius: 80, operating_temperature: { min: -35, max: 50 } }),
    ],
    "metric",
    requirements,
  );

  it.each<[string, (string | null)[]]>([
    ["poe_power_per_port", ["pass", "fail", "unknown", null]],
    ["hardened", ["pass", "fail", "unknown", null]],
    ["operating_temperature", ["pass", "unknown", "fail", "pass"]],
    ["detection_radius", [null, null, null, "pass"]],
  ])("%s: each cell passes, fails or is unknown (null where not applicable)", (key, outcomes) => {
    const row = findRow(comparison, key);
    expect(row.requirement).toEqual(requirements.get(key));
    expect(row.cells.map((c) => c.requirement)).toEqual(outcomes);
  });

  it("counts the requirements each product meets", () => {
    expect(comparison.requirementCount).toBe(4);
    expect(comparison.passCounts).toEqual([3, 0, 0, 2]);
  });

  it("rows without a requirement have no outcome, and no requirements means no counts", () => {
    expect(findRow(comparison, "poe_budget").cells.map((c) => c.requirement)).toEqual([null, null, null, null]);
    const plain = buildComparison([product("a", "network-switches", { hardened: true }), product("b", "network-switches")], "metric");
    expect(plain.requirementCount).toBe(0);
    expect(plain.passCounts).toEqual([0, 0]);
  });
});
