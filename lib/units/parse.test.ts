import { describe, expect, it } from "vitest";
import { getUnit, parseNumber, parseQuantity, parseRange, type Dimension } from "./index";

describe("parseNumber", () => {
  it.each([
    ["30", 30],
    ["-40", -40],
    ["+75", 75],
    ["\u221240", -40],
    ["0.03", 0.03],
    [".5", 0.5],
    ["1e3", 1000],
    [" 12 ", 12],
  ])("%j → %d", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each(["", "abc", "1,000", "1,5", "30 W", "0x10", "Infinity", "1e400", "--1", "1.2.3"])("%j → null", (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe("parseQuantity: valid input, stored in the canonical unit", () => {
  it.each<[string, Dimension, number, string]>([
    ["30 W", "power", 30, "W"],
    ["30W", "power", 30, "W"],
    ["0.03 kW", "power", 30, "kW"],
    ["30 watts", "power", 30, "W"],
    ["30 kw", "power", 30000, "kW"],
    ["80 m", "length", 80, "m"],
    ["262 ft", "length", 79.8576, "ft"],
    ["6 in", "length", 0.1524, "in"],
    ["6 MM", "length", 0.006, "mm"],
    ["-40 °C", "temperature", -40, "°C"],
    ["+75°C", "temperature", 75, "°C"],
    ["\u221240 °C", "temperature", -40, "°C"],
    ["-40 ° C", "temperature", -40, "°C"],
    ["75 º C", "temperature", 75, "°C"],
    ["167 °F", "temperature", 75, "°F"],
    ["273.15 K", "temperature", 0, "K"],
    ["1 Gbps", "data_rate", 1e9, "Gbit/s"],
    ["100 Mbit/s", "data_rate", 1e8, "Mbit/s"],
    ["1 GB", "data_size", 1e9, "GB"],
    ["1 GiB", "data_size", 2 ** 30, "GiB"],
    ["5 years", "duration", 5 * 365.25 * 86400, "years"],
    ["50 ms", "duration", 0.05, "ms"],
    ["120°", "angle", 120, "°"],
    ["95 %", "percent", 95, "%"],
    ["1.2 lb", "mass", 0.544310844, "lb"],
    ["10 fc", "illuminance", 107.639104, "fc"],
  ])("%j as %s → %d (%s)", (text, dimension, expected, unit) => {
    const result = parseQuantity(text, dimension);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toBeCloseTo(expected, 6);
    expect(result.unit.symbol).toBe(unit);
  });
});

describe("parseQuantity: invalid input is refused with a message, never guessed", () => {
  it.each<[string, Dimension, RegExp]>([
    ["30 kg", "power", /^expected a power, got '30 kg' \(kg is a mass; use W, kW or mW\)$/],
    ["30", "power", /^expected a power with a unit, got '30' \(use W, kW or mW\)$/],
    ["abc", "power", /^expected a power such as '30 W', got 'abc'$/],
    ["1,000 W", "power", /^expected a power, got '1,000 W' \(write decimals with a point/],
    ["2,5 W", "power", /no thousands separators/],
    ["", "power", /^expected a power, got nothing$/],
    ["   ", "power", /^expected a power, got nothing$/],
    ["30 MW", "power", /^expected a power, got '30 MW' \(use W, kW or mW\)$/],
    ["1 mHz", "frequency", /^expected a frequency, got '1 mHz'/],
    ["1 Gb", "data_size", /^expected a data size, got '1 Gb' \(use B, kB, MB, GB, TB, KiB, MiB, GiB or TiB\)$/],
    ["1 gb", "data_size", /^expected a data size, got '1 gb'/],
    ["1 GB", "data_rate", /^expected a data rate, got '1 GB' \(GB is a data size; use bit\/s/],
    ["80 m", "temperature", /^expected a temperature, got '80 m' \(m is a length; use °C, °F or K\)$/],
    ["75 C", "power", /^expected a power, got '75 C' \(°C is a temperature; use W, kW or mW\)$/],
    ["30 W W", "power", /^expected a power, got '30 W W'/],
    ["W 30", "power", /^expected a power such as '30 W'/],
  ])("%j as %s", (text, dimension, message) => {
    const result = parseQuantity(text, dimension);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
  });

  it.each<[string, Dimension]>([
    ["30 kg", "power"],
    ["30", "power"],
    ["1 Gb", "data_size"],
    ["1 GB", "data_rate"],
    ["80 m", "temperature"],
    ["120 V", "current"],
  ])("the units %j as %s is told to use are all of that dimension", (text, dimension) => {
    const result = parseQuantity(text, dimension);
    if (result.ok) throw new Error("expected a refusal");
    const offered = /use (.+)\)$/.exec(result.message)?.[1].split(/, | or /) ?? [];
    expect(offered.length).toBeGreaterThan(1);
    for (const symbol of offered) expect(getUnit(symbol)?.dimension, symbol).toBe(dimension);
  });
});

describe("parseRange", () => {
  it.each<[string, Dimension, number, number]>([
    ["-40 to 75 °C", "temperature", -40, 75],
    ["\u221240…+75°C", "temperature", -40, 75],
    ["-40 - 75 C", "temperature", -40, 75],
    ["-40 °C to 75", "temperature", -40, 75],
    ["-40–75 °C", "temperature", -40, 75],
    ["-40 °F to 167 °F", "temperature", -40, 75],
    ["-40 °C to 167 °F", "temperature", -40, 75],
    ["10-30 V", "voltage", 10, 30],
    ["10..30 V", "voltage", 10, 30],
    ["10 ~ 30 VDC", "voltage", 10, 30],
    ["12 V", "voltage", 12, 12],
    ["2.8 to 12 mm", "length", 0.0028, 0.012],
  ])("%j as %s → %d..%d", (text, dimension, min, max) => {
    const result = parseRange(text, dimension);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.min).toBeCloseTo(min, 9);
    expect(result.value.max).toBeCloseTo(max, 9);
  });

  it.each<[string, Dimension, RegExp]>([
    ["75 to -40 °C", "temperature", /^the minimum must not exceed the maximum, got '75 to -40 °C'$/],
    ["-40 to 75", "temperature", /^expected a temperature with a unit, got '-40 to 75' \(use °C, °F or K\)$/],
    ["-40 to 75 W", "temperature", /^expected a temperature, got '-40 to 75 W' \(W is a power; use °C, °F or K\)$/],
    ["10 to 30 kg", "voltage", /^expected a voltage, got '10 to 30 kg' \(kg is a mass; use V, mV or kV\)$/],
    ["abc", "temperature", /^expected a range of temperature such as '-40 to 75 °C', got 'abc'$/],
    ["1,000 to 2,000 V", "voltage", /^expected a range of voltage, got '1,000 to 2,000 V' \(write decimals/],
    ["", "voltage", /^expected a range of voltage, got nothing$/],
  ])("refuses %j as %s", (text, dimension, message) => {
    const result = parseRange(text, dimension);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
  });
});
