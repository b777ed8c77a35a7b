import { describe, expect, it } from "vitest";
import {
  canonicalUnit,
  convert,
  convertDifference,
  dimensionDefs,
  dimensions,
  displayUnitFor,
  fromCanonical,
  getUnit,
  requireUnit,
  toCanonical,
  units,
  unitsOf,
} from "./index";

describe("convert: exact definitions (NIST SP 811, SI brochure)", () => {
  it.each([
    // value, from, to, expected
    [1, "ft", "m", 0.3048],
    [1, "in", "m", 0.0254],
    [12, "in", "ft", 1],
    [1, "yd", "m", 0.9144],
    [1, "mi", "m", 1609.344],
    [80, "m", "ft", 262.4671916],
    [1, "lb", "kg", 0.45359237],
    [16, "oz", "lb", 1],
    [1, "fc", "lx", 10.7639104],
    [1, "ft²", "m²", 0.09290304],
    [1, "Gbit/s", "Mbit/s", 1000],
    [1, "Mbit/s", "kbit/s", 1000],
    [1, "Gbit/s", "bit/s", 1e9],
    [1, "GB", "B", 1e9],
    [1, "GiB", "B", 2 ** 30],
    [1, "TiB", "GiB", 1024],
    [1, "kWh", "J", 3.6e6],
    [1, "kWh", "kJ", 3600],
    [1, "Wh", "J", 3600],
    [1, "kW", "W", 1000],
    [30, "W", "mW", 30000],
    [1, "h", "s", 3600],
    [1, "years", "d", 365.25],
    [1, "GHz", "MHz", 1000],
    [1, "A", "mA", 1000],
    [Math.PI, "rad", "°", 180],
  ])("%d %s = %d %s", (value, from, to, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 6);
  });

  it("keeps decimal and binary data sizes apart (1 GiB is not 1 GB)", () => {
    expect(convert(1, "GiB", "GB")).toBeCloseTo(1.073741824, 9);
    expect(convert(1, "GB", "GiB")).not.toBeCloseTo(1, 2);
  });

  it("1 fc is approximately 10.764 lx, as the domain reference rounds it", () => {
    expect(convert(1, "fc", "lx")).toBeCloseTo(10.764, 3);
  });
});

describe("convert: temperatures (°F = °C × 9/5 + 32)", () => {
  it.each([
    [-40, "°C", "°F", -40],
    [0, "°C", "°F", 32],
    [100, "°C", "°F", 212],
    [75, "°C", "°F", 167],
    [212, "°F", "°C", 100],
    [167, "°F", "°C", 75],
    [0, "°C", "K", 273.15],
    [0, "K", "°C", -273.15],
    [32, "°F", "K", 273.15],
  ])("%d %s = %d %s", (value, from, to, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 9);
  });

  it.each([
    [1, "°C", "°F", 1.8],
    [1.8, "°F", "°C", 1],
    [115, "°C", "°F", 207],
    [1, "K", "°C", 1],
    [1, "ft", "m", 0.3048],
  ])("a difference of %d %s is %d %s (no offset)", (value, from, to, expected) => {
    expect(convertDifference(value, from, to)).toBeCloseTo(expected, 9);
  });
});

describe("convert: refusals", () => {
  it.each([
    ["W", "kg"],
    ["°C", "W"],
    ["m", "m²"],
    ["Gbit/s", "GB"],
    ["GiB", "Gbit/s"],
    ["%", "dB"],
  ])("throws converting %s to %s (different dimensions)", (from, to) => {
    expect(() => convert(1, from, to)).toThrow(/Cannot convert/);
    expect(() => convertDifference(1, from, to)).toThrow(/Cannot convert/);
  });

  it.each(["Gb", "watts2", "", "°c"])("throws on the unknown unit symbol %j", (symbol) => {
    expect(() => convert(1, symbol, "W")).toThrow(/Unknown unit symbol/);
    expect(getUnit(symbol)).toBeUndefined();
  });
});

describe("unit table", () => {
  const spread = [-40, -1, 0, 0.001, 1, 12.95, 80, 1440, 123456.789];

  it.each(units.map((u) => [u.symbol, u] as const))("%s survives toCanonical → fromCanonical", (_, unit) => {
    for (const x of spread) {
      expect(fromCanonical(toCanonical(x, unit), unit)).toBeCloseTo(x, 6);
    }
  });

  it.each([...dimensions])("%s has a canonical unit with factor 1 and no offset", (dimension) => {
    const unit = canonicalUnit(dimension);
    expect(unit.symbol).toBe(dimensionDefs[dimension].canonical);
    expect(unit.dimension).toBe(dimension);
    expect(unit.factor).toBe(1);
    expect(unit.offset ?? 0).toBe(0);
    expect(unitsOf(dimension)[0]).toBe(unit);
  });

  it("has unique symbols, each with a positive factor", () => {
    const symbols = units.map((u) => u.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const u of units) expect(u.factor).toBeGreaterThan(0);
  });

  it.each([...dimensions])("%s: no spelling names two units (case-folded unless case matters)", (dimension) => {
    const fold = (n: string) => (dimensionDefs[dimension].caseSensitive ? n : n.toLowerCase());
    const owner = new Map<string, string>();
    for (const u of unitsOf(dimension)) {
      for (const name of [u.symbol, ...(u.aliases ?? [])].map(fold)) {
        expect(owner.get(name) ?? u.symbol, `'${name}'`).toBe(u.symbol);
        owner.set(name, u.symbol);
      }
    }
  });

  it.each([
    ["W", "WTT"],
    ["m", "MTR"],
    ["°C", "CEL"],
    ["V", "VLT"],
    ["kg", "KGM"],
    ["ft", "FOT"],
    ["J", "JOU"],
    ["°F", "FAH"],
    ["in", "INH"],
    ["lb", "LBR"],
  ])("%s has UN/CEFACT code %s", (symbol, code) => {
    expect(requireUnit(symbol).unitCode).toBe(code);
  });

  it.each([
    ["m", "metric", "m"],
    ["m", "imperial", "ft"],
    ["mm", "imperial", "in"],
    ["°C", "imperial", "°F"],
    ["kg", "imperial", "lb"],
    ["lx", "imperial", "fc"],
    ["m²", "imperial", "ft²"],
    ["W", "imperial", "W"],
    ["Gbit/s", "imperial", "Gbit/s"],
  ] as const)("shows %s in %s as %s", (metric, system, expected) => {
    const unit = displayUnitFor(metric, system);
    expect(unit.symbol).toBe(expected);
    expect(unit.dimension).toBe(requireUnit(metric).dimension);
  });
});
