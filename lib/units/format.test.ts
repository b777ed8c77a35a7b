import { describe, expect, it } from "vitest";
import { formatNumber, formatQuantity, formatRange, parseQuantity, parseRange, requireUnit, type Dimension } from "./index";

describe("formatQuantity (canonical value, display unit)", () => {
  it.each([
    [80, "ft", "262 ft"],
    [80, "m", "80 m"],
    [30, "W", "30 W"],
    [12.95, "W", "12.95 W"],
    [1440, "W", "1440 W"],
    [0.1 + 0.2, "W", "0.3 W"],
    [0.3, "mW", "300 mW"],
    [1.1 * 3, "V", "3.3 V"],
    [0.05, "ms", "50 ms"],
    [157788000, "years", "5 years"],
    [1e9, "Gbit/s", "1 Gbit/s"],
    [2.5e9, "Gbit/s", "2.5 Gbit/s"],
    [0.0028, "mm", "2.8 mm"],
    [0.1524, "in", "6 in"],
    [0.05, "in", "1.97 in"],
    [75, "°C", "75 °C"],
    [75, "°F", "167 °F"],
    [-17.7777777778, "°F", "0 °F"],
    [0, "K", "273.15 K"],
    [120, "°", "120°"],
    [95, "%", "95 %"],
    [0.0005, "lx", "0.0005 lx"],
    [1.2, "kg", "1.2 kg"],
    [1.2, "lb", "2.65 lb"],
    [-0, "W", "0 W"],
  ])("(%d, %s) → %j", (value, symbol, expected) => {
    expect(formatQuantity(value, requireUnit(symbol))).toBe(expected);
  });
});

describe("formatRange", () => {
  it.each([
    [-40, 75, "°C", "-40 to 75 °C"],
    [-40, 75, "°F", "-40 to 167 °F"],
    [-30, 60, "°F", "-22 to 140 °F"],
    [10, 30, "V", "10 to 30 V"],
    [0.0028, 0.012, "mm", "2.8 to 12 mm"],
    [0.1 + 0.2, 0.7 + 0.1, "V", "0.3 to 0.8 V"],
  ])("(%d, %d, %s) → %j", (min, max, symbol, expected) => {
    expect(formatRange(min, max, requireUnit(symbol))).toBe(expected);
  });
});

describe("formatNumber", () => {
  it.each([
    [0.1 + 0.2, false, "0.3"],
    [12.95, false, "12.95"],
    [1234567, false, "1234567"],
    [262.4671916, true, "262"],
    [1.96850393701, true, "1.97"],
    [-0.0000001, false, "0"],
    [Number.NaN, false, "NaN"],
  ])("(%d, rounded %s) → %j", (value, rounded, expected) => {
    expect(formatNumber(value, rounded)).toBe(expected);
  });
});

describe("what is shown parses back to the same value", () => {
  it.each<[number, string, Dimension]>([
    [30, "W", "power"],
    [12.95, "W", "power"],
    [1440, "W", "power"],
    [30000, "W", "power"],
    [80, "m", "length"],
    [0.0028, "mm", "length"],
    [-40, "°C", "temperature"],
    [2.5e9, "Gbit/s", "data_rate"],
    [0.05, "ms", "duration"],
  ])("%d in %s", (value, symbol, dimension) => {
    const parsed = parseQuantity(formatQuantity(value, requireUnit(symbol)), dimension);
    expect(parsed.ok && parsed.value).toBeCloseTo(value, 9);
  });

  it.each<[number, number, string, Dimension]>([
    [-40, 75, "°C", "temperature"],
    [10, 30, "V", "voltage"],
    [1000, 2000, "V", "voltage"],
  ])("%d..%d in %s", (min, max, symbol, dimension) => {
    const parsed = parseRange(formatRange(min, max, requireUnit(symbol)), dimension);
    expect(parsed.ok && parsed.value).toEqual({ min, max });
  });
});
