import { describe, expect, it } from "vitest";
import { buildKeySpecs, buildSpecSheet, NOT_STATED, toApiSpecs, toPropertyValues } from "./product-view";
import { specsOfCategory } from "./specs";

const source = { kind: "seed_article" as const, quote: "Person detection is carried out within a radius of 80 meters from this device." };
const detector = {
  category: { slug: "perimeter-detection" },
  specs: [
    { key: "detection_radius", value: 80, source },
    { key: "portable", value: false, source },
    { key: "operating_temperature", value: { min: -40, max: 75 }, source },
  ],
};

describe("product views", () => {
  it("lists every spec of the category once, grouped, with not-stated ones spelled out", () => {
    const sheet = buildSpecSheet(detector, "metric");
    const keys = sheet.flatMap((g) => g.cells.map((c) => c.def.key));
    expect(keys.sort()).toEqual(specsOfCategory("perimeter-detection").map((s) => s.key).sort());
    const cells = Object.fromEntries(sheet.flatMap((g) => g.cells).map((c) => [c.def.key, c]));
    expect(cells.detection_radius.display).toBe("80 m");
    expect(cells.portable.display).toBe("No");
    expect(cells.coverage_angle).toMatchObject({ value: null, display: NOT_STATED, source: null });
  });

  it("shows imperial units when asked", () => {
    const cells = buildKeySpecs(detector, ["detection_radius", "operating_temperature"], "imperial");
    expect(cells.map((c) => c.display)).toEqual(["262 ft", "-40 to 167 °F"]);
  });

  it("serves canonical values with their canonical unit and the display in the chosen units", () => {
    const api = toApiSpecs(detector, "imperial");
    expect(api.detection_radius).toEqual({ value: 80, unit: "m", display: "262 ft", source });
    expect(api.portable).toEqual({ value: false, unit: null, display: "No", source });
    expect(api.tracked_targets).toEqual({ value: null, unit: null, display: NOT_STATED, source: null });
  });

  it("writes schema.org PropertyValues with UN/CEFACT unit codes in the display unit", () => {
    const metric = toPropertyValues(detector, "metric");
    expect(metric.find((p) => p.propertyID === "detection_radius")).toMatchObject({ value: 80, unitCode: "MTR", unitText: "m" });
    expect(metric.find((p) => p.propertyID === "operating_temperature")).toMatchObject({ minValue: -40, maxValue: 75, unitCode: "CEL" });
    const imperial = toPropertyValues(detector, "imperial");
    const radius = imperial.find((p) => p.propertyID === "detection_radius");
    expect(radius?.unitCode).toBe("FOT");
    expect(radius?.value).toBeCloseTo(262.467, 3);
    expect(imperial.find((p) => p.propertyID === "coverage_angle")).toBeUndefined();
  });
});
