import { describe, expect, it } from "vitest";
import type { FacetResult } from "@/lib/catalog-params";
import { requireSpec } from "@/lib/specs";
import { buildFacetViews } from "./facet-view";

const radius: FacetResult = {
  kind: "number",
  key: "detection_radius",
  unit: "m",
  min: 30,
  max: 80,
  histogram: [
    { from: 30, to: 55, count: 4 },
    { from: 55, to: 80, count: 1 },
  ],
  notStated: 2,
};

describe("buildFacetViews", () => {
  it("shows a quantity facet in the visitor's units: the span, the unit bare numbers are read in, the bounds as typed", () => {
    const [metric] = buildFacetViews([radius], { detection_radius: "250ft.." }, {}, "metric");
    expect(metric).toMatchObject({ kind: "number", label: requireSpec("detection_radius").label, unit: "m", note: "In results: 30 m – 80 m", min: "250ft", max: "", notStated: 2 });
    const [imperial] = buildFacetViews([radius], {}, {}, "imperial");
    expect(imperial).toMatchObject({ unit: "ft", note: "In results: 98.4 ft – 262 ft", min: "", max: "" });
  });

  it("draws the histogram as one path scaled to the fullest bucket, with a sliver for small non-empty buckets", () => {
    const [view] = buildFacetViews([{ ...radius, histogram: [{ from: 0, to: 1, count: 100 }, { from: 1, to: 2, count: 0 }, { from: 2, to: 3, count: 1 }] }], {}, {}, "metric");
    expect(view).toMatchObject({ histogram: { path: "M0 32v-32h9v32zM20 32v-3h9v3z", width: 29 } });
    const [empty] = buildFacetViews([{ ...radius, min: null, max: null, histogram: [] }], {}, {}, "metric");
    expect(empty).not.toHaveProperty("histogram");
    expect(empty).not.toHaveProperty("note");
  });

  it("lists enum options with results, keeps a checked option at 0, and passes the filter's error through", () => {
    const standard: FacetResult = {
      kind: "enum",
      key: "poe_standard",
      values: [
        { value: "af", label: "802.3af (PoE)", count: 0 },
        { value: "at", label: "802.3at (PoE+)", count: 3 },
        { value: "bt_type4", label: "802.3bt Type 4", count: 0 },
      ],
      notStated: 0,
    };
    const [view] = buildFacetViews([standard], { poe_standard: "bt_type4" }, { poe_standard: "unknown option 'x'" }, "metric");
    expect(view).toEqual({
      kind: "enum",
      key: "poe_standard",
      label: expect.any(String),
      error: "unknown option 'x'",
      notStated: 0,
      options: [
        { value: "at", label: "802.3at (PoE+)", count: 3, checked: false },
        { value: "bt_type4", label: "802.3bt Type 4", count: 0, checked: true },
      ],
    });
  });

  it("keeps yes, no and not stated apart for a boolean facet, and reads only true/false as a choice", () => {
    const managed: FacetResult = { kind: "boolean", key: "managed", true: 5, false: 2, notStated: 3 };
    expect(buildFacetViews([managed], { managed: "false" }, {}, "metric")[0]).toMatchObject({ current: "false", yes: 5, no: 2, notStated: 3 });
    expect(buildFacetViews([managed], { managed: "maybe" }, {}, "metric")[0]).toMatchObject({ current: "" });
  });

  it("describes a range facet by the span of stated ranges, in °F for imperial visitors", () => {
    const temperature: FacetResult = { kind: "range", key: "operating_temperature", unit: "°C", min: -40, max: 75, notStated: 1 };
    const [view] = buildFacetViews([temperature], { operating_temperature: "covers:-30°C..60°C" }, {}, "imperial");
    expect(view).toMatchObject({ kind: "range", unit: "°F", note: "Stated ranges span -40 °F – 167 °F", min: "-30°C", max: "60°C" });
  });
});
