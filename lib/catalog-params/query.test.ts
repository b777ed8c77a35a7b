import { describe, expect, it } from "vitest";
import { parseFilter, splitBounds } from "./filters";
import { parseCatalogQuery, serializeCatalogQuery } from "./query";

const FT = 0.3048;

describe("filter grammar", () => {
  it.each([
    ["poe_power_per_port", "30..", { kind: "number", key: "poe_power_per_port", min: 30 }, "30.."],
    ["poe_power_per_port", "0.03kW..", { kind: "number", key: "poe_power_per_port", min: 30 }, "0.03kW.."],
    ["poe_power_per_port", "30 W..60 W", { kind: "number", key: "poe_power_per_port", min: 30, max: 60 }, "30W..60W"],
    ["detection_radius", "..80m", { kind: "number", key: "detection_radius", max: 80 }, "..80m"],
    ["detection_radius", "262ft..", { kind: "number", key: "detection_radius", min: 262 * FT }, "262ft.."],
    ["poe_ports", "4..", { kind: "number", key: "poe_ports", min: 4 }, "4.."],
    ["poe_standard", "bt_type3,at", { kind: "options", key: "poe_standard", values: ["at", "bt_type3"] }, "at,bt_type3"],
    ["credential_technologies", "nfc", { kind: "options", key: "credential_technologies", values: ["nfc"] }, "nfc"],
    ["managed", "true", { kind: "boolean", key: "managed", value: true }, "true"],
    ["hardened", "no", { kind: "boolean", key: "hardened", value: false }, "false"],
    ["operating_temperature", "covers:-35C..50C", { kind: "covers", key: "operating_temperature", min: -35, max: 50 }, "covers:-35C..50C"],
    ["operating_temperature", "covers:−40°F..", { kind: "covers", key: "operating_temperature", min: -40 }, "covers:−40°F.."],
  ])("%s=%s parses", (key, text, filter, canonical) => {
    const result = parseFilter(key, text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.canonical).toBe(canonical);
    expect(result.filter.kind).toBe(filter.kind);
    for (const [k, v] of Object.entries(filter)) {
      if (typeof v === "number") expect((result.filter as Record<string, unknown>)[k]).toBeCloseTo(v, 9);
      else expect((result.filter as Record<string, unknown>)[k]).toEqual(v);
    }
  });

  it.each([
    ["poe_power_per_port", "30kg..", "expected a power, got '30kg'"],
    ["poe_power_per_port", "30", "expected lo..hi"],
    ["poe_power_per_port", "..", "at least one bound"],
    ["poe_power_per_port", "60..30", "the minimum must not exceed the maximum"],
    ["poe_power_per_port", "1..2..3", "expected lo..hi"],
    ["poe_ports", "4.5..", "expected a whole number"],
    ["poe_standard", "at,poe9000", "got 'poe9000'"],
    ["managed", "maybe", "expected true or false"],
    ["operating_temperature", "-35..50", "expected covers:lo..hi"],
    ["operating_temperature", "covers:-35kg..", "expected a temperature"],
    ["series", "x", "cannot be filtered on"],
    ["no_such_key", "1..", "unknown parameter"],
  ])("%s=%s is rejected: %s", (key, text, message) => {
    const result = parseFilter(key, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it("splits bounds back for forms", () => {
    expect(splitBounds("262ft..")).toEqual(["262ft", ""]);
    expect(splitBounds("covers:-35C..50C")).toEqual(["-35C", "50C"]);
  });
});

describe("catalog query codec", () => {
  it("reads plain parameters with defaults", () => {
    const { query, errors } = parseCatalogQuery({ category: "network-switches", q: " cnge6 ", page: "2" }, { strict: true });
    expect(errors).toEqual({});
    expect(query).toEqual({ category: "network-switches", q: "cnge6", page: 2, pageSize: 24, filters: [] });
  });

  it.each([
    [{ category: "bogus" }, "category", "expected one of network-switches"],
    [{ pageSize: "0" }, "pageSize", "expected a whole number from 1 to 100"],
    [{ pageSize: "101" }, "pageSize", "expected a whole number from 1 to 100"],
    [{ page: "1.5" }, "page", "expected a whole number from 1"],
    [{ q: "x".repeat(201) }, "q", "expected at most 200 characters"],
    [{ sort: "-weightiness" }, "sort", "expected relevance, name"],
    [{ sort: "poe_standard" }, "sort", "numeric spec key"],
    [{ poe_power_per_port: "30kg.." }, "poe_power_per_port", "expected a power"],
  ])("reports %j on its parameter", (raw, field, message) => {
    const { errors } = parseCatalogQuery(raw, { strict: true });
    expect(errors[field]).toContain(message);
  });

  it("keeps the good filters when one is bad, and the bad one's text", () => {
    const parsed = parseCatalogQuery({ poe_ports: "4..", poe_power_per_port: "30 kg.." }, { strict: false });
    expect(parsed.query.filters).toEqual([{ kind: "number", key: "poe_ports", min: 4, max: undefined }]);
    expect(parsed.filterText).toEqual({ poe_ports: "4..", poe_power_per_port: "30 kg.." });
    expect(Object.keys(parsed.errors)).toEqual(["poe_power_per_port"]);
  });

  it("reports unknown parameters only when strict", () => {
    expect(parseCatalogQuery({ utm_source: "x" }, { strict: true }).errors).toEqual({ utm_source: "unknown parameter" });
    expect(parseCatalogQuery({ utm_source: "x" }, { strict: false }).errors).toEqual({});
  });

  it("accepts a form's min/max inputs and repeated checkboxes, canonicalising them", () => {
    const form = new URLSearchParams("category=network-switches&poe_power_per_port.min=30+W&poe_power_per_port.max=&poe_standard=bt_type4&poe_standard=at&operating_temperature.min=-35+C&operating_temperature.max=50+C");
    const parsed = parseCatalogQuery(form, { strict: true });
    expect(parsed.errors).toEqual({});
    expect(parsed.filterText).toEqual({
      operating_temperature: "covers:-35C..50C",
      poe_power_per_port: "30W..",
      poe_standard: "at,bt_type4",
    });
    expect(serializeCatalogQuery({ ...parsed.query, filterText: parsed.filterText })).toBe(
      "?category=network-switches&operating_temperature=covers%3A-35C..50C&poe_power_per_port=30W..&poe_standard=at%2Cbt_type4",
    );
  });

  it("round-trips: parse(serialize(parse(x))) gives the same query", () => {
    const first = parseCatalogQuery(
      { category: "perimeter-detection", detection_radius: "262ft..", portable: "true", sort: "-detection_radius", page: "2", pageSize: "12" },
      { strict: true },
    );
    const text = serializeCatalogQuery({ ...first.query, filterText: first.filterText });
    const second = parseCatalogQuery(new URLSearchParams(text), { strict: true });
    expect(second).toEqual(first);
  });

  it("leaves defaults out of the canonical URL", () => {
    expect(serializeCatalogQuery({ page: 1, pageSize: 24, filterText: {} })).toBe("");
  });
});

describe("hostile input", () => {
  it.each([["q", "a\u0000b"], ["q", "line\nbreak"]])("rejects control characters in %s", (field, value) => {
    expect(parseCatalogQuery({ [field]: value }, { strict: true }).errors[field]).toContain("without control characters");
  });
});
