import { describe, expect, it } from "vitest";
import { parseCompareQuery, serializeCompareQuery } from "./compare";
import type { RawParams } from "./query";

const FT = 0.3048;

function strict(raw: RawParams) {
  return parseCompareQuery(raw, { strict: true });
}

describe("compare query codec: products", () => {
  it.each<[string, RawParams, string[]]>([
    ["two slugs", { products: "a,b" }, ["a", "b"]],
    ["the user's order is kept", { products: "zeta,alpha,mid" }, ["zeta", "alpha", "mid"]],
    ["duplicates are dropped, first place kept", { products: "b,a,b,a" }, ["b", "a"]],
    ["spaces and empty entries are ignored", { products: " a , b ,, " }, ["a", "b"]],
    ["repeated parameters join", new URLSearchParams("products=a&products=b,c"), ["a", "b", "c"]],
    ["six is the most", { products: "a,b,c,d,e,f" }, ["a", "b", "c", "d", "e", "f"]],
    ["seven with a duplicate is six", { products: "a,b,c,d,e,f,a" }, ["a", "b", "c", "d", "e", "f"]],
    ["real slugs", { products: "axis-p1465-le,hikvision-ds-2cd2387g2" }, ["axis-p1465-le", "hikvision-ds-2cd2387g2"]],
  ])("%s", (_label, raw, products) => {
    const { query, errors } = strict(raw);
    expect(errors).toEqual({});
    expect(query.products).toEqual(products);
  });

  it.each<[string, RawParams, string]>([
    ["one product", { products: "a" }, "expected 2 to 6 product slugs, got 1"],
    ["the same product twice", { products: "a,a" }, "expected 2 to 6 product slugs, got 1"],
    ["no products", {}, "expected 2 to 6 product slugs, got 0"],
    ["seven products", { products: "a,b,c,d,e,f,g" }, "expected 2 to 6 product slugs, got 7"],
    ["an upper-case slug", { products: "a,Bad" }, "expected product slugs separated by commas"],
    ["an underscore", { products: "a,bad_slug" }, "expected product slugs separated by commas"],
    ["a path", { products: "a,../b" }, "expected product slugs separated by commas"],
    ["a leading hyphen", { products: "a,-b" }, "expected product slugs separated by commas"],
  ])("%s is reported on products", (_label, raw, message) => {
    const { errors } = strict(raw);
    expect(errors).toEqual({ products: message });
  });
});

describe("compare query codec: requirements and switches", () => {
  const two = { products: "a,b" };

  it.each<[string, RawParams, Record<string, string>, Record<string, unknown>]>([
    ["a number bound", { ...two, "need.poe_power_per_port": "30W.." }, { poe_power_per_port: "30W.." },
      { poe_power_per_port: { kind: "number", key: "poe_power_per_port", min: 30 } }],
    ["spaces squeezed", { ...two, "need.poe_power_per_port": " 30 W .. 60 W " }, { poe_power_per_port: "30W..60W" },
      { poe_power_per_port: { kind: "number", key: "poe_power_per_port", min: 30, max: 60 } }],
    ["a boolean", { ...two, "need.hardened": "yes" }, { hardened: "true" }, { hardened: { kind: "boolean", key: "hardened", value: true } }],
    ["a range it must cover", { ...two, "need.operating_temperature": "covers:-35C..50C" },
      { operating_temperature: "covers:-35C..50C" },
      { operating_temperature: { kind: "covers", key: "operating_temperature", min: -35, max: 50 } }],
    ["enum options in registry order", { ...two, "need.poe_standard": "bt_type4,at" }, { poe_standard: "at,bt_type4" },
      { poe_standard: { kind: "options", key: "poe_standard", values: ["at", "bt_type4"] } }],
    ["repeated checkbox values", new URLSearchParams("products=a,b&need.ip_ratings=ip67&need.ip_ratings=ip66"),
      { ip_ratings: "ip66,ip67" }, { ip_ratings: { kind: "options", key: "ip_ratings", values: ["ip66", "ip67"] } }],
    ["form min with its shown unit", new URLSearchParams("products=a,b&need.poe_power_per_port.min=30&need.poe_power_per_port.max=&need.poe_power_per_port.unit=W"),
      { poe_power_per_port: "30W.." }, { poe_power_per_port: { kind: "number", key: "poe_power_per_port", min: 30 } }],
    ["form bare number in feet", new URLSearchParams("products=a,b&need.detection_radius.min=262&need.detection_radius.unit=ft"),
      { detection_radius: "262ft.." }, { detection_radius: { kind: "number", key: "detection_radius", min: 262 * FT } }],
    ["form number with its own unit keeps it", new URLSearchParams("products=a,b&need.detection_radius.min=80m&need.detection_radius.unit=ft"),
      { detection_radius: "80m.." }, { detection_radius: { kind: "number", key: "detection_radius", min: 80 } }],
    ["form range pair becomes covers", new URLSearchParams("products=a,b&need.operating_temperature.min=-35&need.operating_temperature.max=50&need.operating_temperature.unit=°C"),
      { operating_temperature: "covers:-35°C..50°C" },
      { operating_temperature: { kind: "covers", key: "operating_temperature", min: -35, max: 50 } }],
    ["empty form fields ask for nothing", new URLSearchParams("products=a,b&need.poe_power_per_port.min=&need.poe_power_per_port.max=&need.poe_power_per_port.unit=W"),
      {}, {}],
    ["an empty requirement asks for nothing", { ...two, "need.hardened": "" }, {}, {}],
  ])("%s", (_label, raw, text, filters) => {
    const { query, errors } = strict(raw);
    expect(errors).toEqual({});
    expect(query.requirementText).toEqual(text);
    expect([...query.requirements.keys()]).toEqual(Object.keys(filters).sort());
    for (const [key, want] of Object.entries(filters)) {
      const got = query.requirements.get(key) as Record<string, unknown>;
      for (const [field, value] of Object.entries(want as Record<string, unknown>)) {
        if (typeof value === "number") expect(got[field]).toBeCloseTo(value, 9);
        else expect(got[field]).toEqual(value);
      }
    }
  });

  it.each<[string, RawParams, string, string]>([
    ["an unknown spec key", { ...two, "need.bogus": "1.." }, "need.bogus", "unknown spec key"],
    ["an unknown form field", { ...two, "need.bogus.min": "1" }, "need.bogus.min", "unknown spec key"],
    ["a value of the wrong kind", { ...two, "need.poe_power_per_port": "30kg.." }, "need.poe_power_per_port", "expected a power, got '30kg'"],
    ["a form value of the wrong kind", { ...two, "need.poe_power_per_port.min": "30kg" }, "need.poe_power_per_port", "expected a power"],
    ["reversed bounds", { ...two, "need.poe_power_per_port": "60..30" }, "need.poe_power_per_port", "the minimum must not exceed the maximum"],
    ["an unknown option", { ...two, "need.poe_standard": "at,poe9000" }, "need.poe_standard", "got 'poe9000'"],
    ["a range without covers:", { ...two, "need.operating_temperature": "-35..50" }, "need.operating_temperature", "expected covers:lo..hi"],
    ["a text spec", { ...two, "need.series": "x" }, "need.series", "cannot be filtered on"],
    ["identical neither hide nor show", { ...two, identical: "maybe" }, "identical", "expected hide or show"],
    ["units neither metric nor imperial", { ...two, units: "furlongs" }, "units", "expected metric or imperial"],
    ["an unknown parameter (strict)", { ...two, utm_source: "x" }, "utm_source", "unknown parameter"],
  ])("%s is reported on its parameter", (_label, raw, field, message) => {
    const { errors } = strict(raw);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toContain(message);
  });

  it("pages ignore unknown parameters but still report bad values", () => {
    const lenient = parseCompareQuery({ ...two, utm_source: "x", "need.bogus": "1.." }, { strict: false });
    expect(lenient.errors).toEqual({ "need.bogus": "unknown spec key" });
  });

  it("keeps good requirements when one is bad, and the bad one's text as typed", () => {
    const { query, errors } = strict({ ...two, "need.poe_ports": "8..", "need.poe_power_per_port": "30 kg.." });
    expect(Object.keys(errors)).toEqual(["need.poe_power_per_port"]);
    expect([...query.requirements.keys()]).toEqual(["poe_ports"]);
    expect(query.requirementText).toEqual({ poe_ports: "8..", poe_power_per_port: "30 kg.." });
  });

  it.each<[RawParams, boolean, string | undefined]>([
    [{ ...two }, false, undefined],
    [{ ...two, identical: "hide" }, true, undefined],
    [{ ...two, identical: "show" }, false, undefined],
    [{ ...two, units: "imperial" }, false, "imperial"],
    [{ ...two, units: "metric", identical: "hide" }, true, "metric"],
  ])("%j: hideIdentical %s, units %s", (raw, hideIdentical, units) => {
    const { query, errors } = strict(raw);
    expect(errors).toEqual({});
    expect(query.hideIdentical).toBe(hideIdentical);
    expect(query.units).toBe(units);
  });
});

describe("compare query codec: canonical URL", () => {
  it.each<[string, RawParams, string]>([
    ["products in the given order, commas unescaped", { products: "c,a,b" }, "?products=c,a,b"],
    ["requirements sorted by key, then the view switch",
      { identical: "hide", "need.poe_power_per_port": "30 W..", "need.hardened": "yes", products: "c,a" },
      "?products=c,a&need.hardened=true&need.poe_power_per_port=30W..&identical=hide"],
    ["option lists keep their commas", { products: "a,b", "need.poe_standard": "bt_type4,at" }, "?products=a,b&need.poe_standard=at,bt_type4"],
    ["covers is encoded", { products: "a,b", "need.operating_temperature": "covers:-35C..50C" },
      "?products=a,b&need.operating_temperature=covers%3A-35C..50C"],
    ["form fields become one requirement", new URLSearchParams("products=a,b&need.poe_power_per_port.min=30&need.poe_power_per_port.unit=W"),
      "?products=a,b&need.poe_power_per_port=30W.."],
    ["identical=show is the default and left out", { products: "a,b", identical: "show" }, "?products=a,b"],
    ["a bad requirement keeps its text", { products: "a,b", "need.poe_power_per_port": "30kg.." }, "?products=a,b&need.poe_power_per_port=30kg.."],
  ])("%s", (_label, raw, url) => {
    const { query } = strict(raw);
    expect(serializeCompareQuery(query)).toBe(url);
  });

  it("includes units only when asked", () => {
    const { query } = strict({ products: "a,b", units: "imperial" });
    expect(serializeCompareQuery(query)).toBe("?products=a,b");
    expect(serializeCompareQuery(query, { includeUnits: true })).toBe("?products=a,b&units=imperial");
  });

  it.each<[string, RawParams]>([
    ["plain", { products: "b,a" }],
    ["everything", { products: "x,y,z", "need.poe_power_per_port": "0.03kW..0.09kW", "need.poe_standard": "bt_type4,at",
      "need.operating_temperature": "covers:-40F..", "need.hardened": "no", identical: "hide", units: "imperial" }],
    ["form fields", new URLSearchParams("products=a,b&need.detection_radius.min=262&need.detection_radius.unit=ft&need.ip_ratings=ip67&need.ip_ratings=ip66")],
    ["a bad requirement and too few products", { products: "a", "need.poe_ports": "4.5.." }],
    ["a requirement with spaces and symbols", { products: "a,b", "need.operating_temperature": "covers: −35 °C .. 50 °C" }],
  ])("round-trips: parse(serialize(parse(x))) = parse(x) (%s)", (_label, raw) => {
    const first = strict(raw);
    const url = serializeCompareQuery(first.query, { includeUnits: true });
    const second = strict(new URLSearchParams(url.slice(1)));
    expect(second).toEqual(first);
    expect(serializeCompareQuery(second.query, { includeUnits: true })).toBe(url);
  });
});
