import { describe, expect, it } from "vitest";
import type { SpecFilter } from "@/lib/catalog-params";
import type { SpecValue } from "@/lib/specs";
import type { UnitSystem } from "@/lib/units";
import { comparisonToCsv } from "./csv";
import { buildComparison, type CompareProductInput } from "./rows";

const source = { kind: "datasheet" as const };

function product(slug: string, category: string, specs: Record<string, SpecValue> = {}): CompareProductInput {
  return {
    slug,
    name: slug,
    manufacturer: { name: "Acme" },
    category: { slug: category },
    specs: Object.entries(specs).map(([key, value]) => ({ key, value, source })),
  };
}

// RFC 4180 reader (csv-parse is not installed): quoted fields may hold commas, doubled quotes and line breaks.
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const switchA = product("a", "network-switches", {
  poe_power_per_port: 30,
  poe_ports: 8,
  poe_standard: "at",
  hardened: true,
  operating_temperature: { min: -40, max: 75 },
  ip_ratings: ["ip66", "ip67"],
  series: "Edge, rugged",
});
const switchB = product("b", "network-switches", {
  poe_power_per_port: 60,
  poe_ports: 16,
  poe_standard: "bt_type4",
  hardened: false,
  operating_temperature: { min: -10, max: 50.5 },
});
const detector = product("d", "perimeter-detection", { detection_radius: 80, operating_temperature: { min: -40, max: 75 } });

// The CSV of a comparison as records keyed by spec label: [unit, requirement, ...cells].
function exportCsv(products: CompareProductInput[], units: UnitSystem, requirementText: Record<string, string> = {}, names?: string[]) {
  const requirements = new Map<string, SpecFilter>();
  const comparison = buildComparison(products, units, requirements);
  const text = comparisonToCsv(comparison, names ?? products.map((p) => p.name), units, requirementText);
  const [header, ...body] = parseCsv(text);
  const byLabel = new Map(body.map((r) => [r[0], r.slice(1)]));
  return { comparison, header, body, byLabel };
}

describe("comparison CSV", () => {
  it("starts with Spec, Unit, Requirement and one column per product, names kept exactly", () => {
    const names = ['Acme "Pro" 8-port, PoE', "Beta B"];
    const { header, body } = exportCsv([switchA, switchB], "metric", {}, names);
    expect(header).toEqual(["Spec", "Unit", "Requirement", ...names]);
    expect(body.every((r) => r.length === header.length)).toBe(true);
  });

  it("has one record per comparison row, in the comparison's order", () => {
    const { comparison, body } = exportCsv([switchA, detector], "metric");
    const labels = comparison.sections.flatMap((s) => s.groups.flatMap((g) => g.rows.map((r) => r.def.label)));
    expect(body.map((r) => r[0])).toEqual(labels);
  });

  it.each<[string, UnitSystem, string[]]>([
    ["PoE power per port", "metric", ["W", "", "30", "60"]],
    ["PoE power per port", "imperial", ["W", "", "30", "60"]],
    ["PoE ports", "metric", ["", "", "8", "16"]],
    ["PoE standard", "metric", ["", "", "802.3at (PoE+, 30 W)", "802.3bt Type 4 (90 W)"]],
    ["Hardened", "metric", ["", "", "yes", "no"]],
    ["Operating temperature", "metric", ["°C", "", "-40..75", "-10..50.5"]],
    ["Operating temperature", "imperial", ["°F", "", "-40..167", "14..122.9"]],
    ["IP ratings", "metric", ["", "", "IP66; IP67", "not stated"]],
    ["Series", "metric", ["", "", "Edge, rugged", "not stated"]],
    ["PoE budget", "metric", ["W", "", "not stated", "not stated"]],
  ])("%s in %s: unit, requirement and plain cells", (label, units, expected) => {
    expect(exportCsv([switchA, switchB], units).byLabel.get(label)).toEqual(expected);
  });

  it.each<[UnitSystem, string[]]>([
    ["metric", ["m", "", "n/a", "80"]],
    ["imperial", ["ft", "", "n/a", "262.4671916"]],
  ])("converts to the header's unit and writes n/a where a spec does not apply (%s)", (units, expected) => {
    expect(exportCsv([switchA, detector], units).byLabel.get("Detection radius (person)")).toEqual(expected);
  });

  it("writes each requirement as typed in its column, quoting commas safely", () => {
    const { byLabel } = exportCsv([switchA, switchB], "metric", {
      poe_power_per_port: "30W..",
      poe_standard: "at,bt_type4",
      operating_temperature: "covers:-35C..50C",
    });
    expect(byLabel.get("PoE power per port")?.[1]).toBe("30W..");
    expect(byLabel.get("PoE standard")?.[1]).toBe("at,bt_type4");
    expect(byLabel.get("Operating temperature")?.[1]).toBe("covers:-35C..50C");
    expect(byLabel.get("PoE budget")?.[1]).toBe("");
  });
});
