import { describe, expect, it } from "vitest";
import { displayUnitFor, toCanonical } from "@/lib/units";
import { displayUnitOf, formatSpecValue, listSpecs, optionLabel, parseSpecInput, requireSpec } from "./index";
import { text } from "./builders";

const YEAR = 365.25 * 86400;

describe("parseSpecInput: valid input becomes the canonical value", () => {
  it.each<[string, unknown, unknown]>([
    // quantity: typed numbers are canonical; text must carry a unit
    ["poe_power_per_port", "30 W", 30],
    ["poe_power_per_port", "0.03 kW", 30],
    ["poe_power_per_port", 30, 30],
    ["poe_power_per_port", 0, 0],
    ["poe_budget", "1440 W", 1440],
    ["detection_radius", "80 m", 80],
    ["detection_radius", "262 ft", 79.8576],
    ["warranty", "5 years", 5 * YEAR],
    ["uplink_speed", "1 Gbps", 1e9],
    // count
    ["ports_total", "6", 6],
    ["ports_total", 6, 6],
    ["ports_total", "6 ports", 6],
    ["ports_total", "1 port", 1],
    ["ports_total", " 6 Ports ", 6],
    ["ports_total", 0, 0],
    ["max_cameras", "10000 cameras", 10000],
    // range: object in the canonical unit, or text
    ["operating_temperature", { min: -40, max: 75 }, { min: -40, max: 75 }],
    ["operating_temperature", "-40 to 75 °C", { min: -40, max: 75 }],
    ["operating_temperature", "\u221240…+75°C", { min: -40, max: 75 }],
    ["operating_temperature", "-40 °F to 167 °F", { min: -40, max: 75 }],
    ["input_voltage", "10-30 V", { min: 10, max: 30 }],
    ["input_voltage", "12 V", { min: 12, max: 12 }],
    // boolean
    ["hardened", true, true],
    ["hardened", false, false],
    ["hardened", "yes", true],
    ["hardened", "No", false],
    ["managed", " TRUE ", true],
    // enum: by code or by label, any case
    ["poe_standard", "at", "at"],
    ["poe_standard", "AT", "at"],
    ["poe_standard", "802.3at (PoE+, 30 W)", "at"],
    ["detection_technology", "LiDAR", "lidar"],
    ["deployment", "On-premises", "on_prem"],
    // multi_enum: array or comma text, duplicates removed, in option order
    ["credential_technologies", ["nfc", "ble", "mifare_desfire"], ["mifare_desfire", "ble", "nfc"]],
    ["credential_technologies", "MIFARE DESFire, Bluetooth LE, NFC", ["mifare_desfire", "ble", "nfc"]],
    ["credential_technologies", "ble, BLE, Bluetooth LE", ["ble"]],
    ["credential_technologies", "nfc,mifare_desfire", ["mifare_desfire", "nfc"]],
    // text
    ["series", "  XS4  ", "XS4"],
  ])("%s: %j → %j", (key, input, expected) => {
    const result = parseSpecInput(requireSpec(key), input);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    if (typeof expected === "number") expect(result.value).toBeCloseTo(expected, 6);
    else if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
      const range = result.value as { min: number; max: number };
      const want = expected as { min: number; max: number };
      expect(range.min).toBeCloseTo(want.min, 9);
      expect(range.max).toBeCloseTo(want.max, 9);
    } else expect(result.value).toEqual(expected);
  });
});

describe("parseSpecInput: invalid input is refused with a message saying what was expected", () => {
  it.each<[string, unknown, string | RegExp]>([
    ["poe_power_per_port", "30 kg", "expected a power, got '30 kg'"],
    ["poe_power_per_port", "30", "expected a power with a unit, got '30' (use W, kW or mW)"],
    ["poe_power_per_port", "-30 W", "expected a power of zero or more, got -30"],
    ["poe_power_per_port", -30, "expected a power of zero or more, got -30"],
    ["poe_power_per_port", Number.NaN, "expected a power, got NaN"],
    ["poe_power_per_port", "1,000 W", "no thousands separators"],
    ["poe_power_per_port", true, "expected a power such as '30 W' or a number in W, got true"],
    ["poe_power_per_port", null, "got nothing"],
    ["detection_radius", "80", "expected a length with a unit"],
    ["ports_total", 6.5, "expected a whole number of ports (0 or more), got 6.5"],
    ["ports_total", -1, "expected a whole number of ports (0 or more), got -1"],
    ["ports_total", "six", "expected a whole number of ports (0 or more), got 'six'"],
    ["ports_total", "6 cameras", "got '6 cameras'"],
    ["ports_total", "1,000", "got '1,000'"],
    ["ports_total", "", "got ''"],
    ["operating_temperature", "75 to -40 °C", "the minimum must not exceed the maximum"],
    ["operating_temperature", { min: 75, max: -40 }, "the minimum must not exceed the maximum"],
    ["operating_temperature", "-40 to 75", "expected a temperature with a unit"],
    ["operating_temperature", { min: -40 }, /^expected a range such as '-40 to 75 °C'/],
    ["operating_temperature", { min: -40, max: 75, unit: "F" }, "expected a range such as"],
    ["operating_temperature", { min: -40, max: Infinity }, "expected finite numbers"],
    ["input_voltage", "10 to 30 kg", "expected a voltage, got '10 to 30 kg' (kg is a mass; use V, mV or kV)"],
    ["hardened", "maybe", "expected yes or no, got 'maybe'"],
    ["hardened", 1, "expected yes or no, got 1"],
    ["hardened", undefined, "expected yes or no, got nothing"],
    ["poe_standard", "bt", "expected one of af, at, bt_type3, bt_type4, got 'bt'"],
    ["poe_standard", ["at"], "expected one of af, at, bt_type3, bt_type4, got [\"at\"]"],
    ["credential_technologies", "ble, wifi", "expected any of mifare_classic, mifare_plus, mifare_desfire"],
    ["credential_technologies", "ble, wifi", "got 'wifi'"],
    ["credential_technologies", [], "expected a list of mifare_classic"],
    ["credential_technologies", ["ble", 3], "expected a list of"],
    ["series", "   ", "expected text, got '   '"],
    ["series", 42, "expected text, got 42"],
    ["series", "x".repeat(201), "expected at most 200 characters, got 201"],
  ])("%s: %j", (key, input, message) => {
    const result = parseSpecInput(requireSpec(key), input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (typeof message === "string") expect(result.message).toContain(message);
    else expect(result.message).toMatch(message);
  });

  it("accepts text of exactly the maximum length", () => {
    const def = text("note", "Note", { group: "overview", help: "A note.", maxLength: 5 });
    expect(parseSpecInput(def, "abcde")).toEqual({ ok: true, value: "abcde" });
    expect(parseSpecInput(def, "abcdef")).toMatchObject({ ok: false });
  });

  it("allows temperatures below zero but no other negative quantity", () => {
    expect(parseSpecInput(requireSpec("operating_temperature"), { min: -60, max: -10 })).toMatchObject({ ok: true });
    expect(parseSpecInput(requireSpec("detection_radius"), -1)).toMatchObject({ ok: false });
  });
});

describe("formatSpecValue", () => {
  it.each<[string, unknown, "metric" | "imperial", string]>([
    ["detection_radius", 80, "metric", "80 m"],
    ["detection_radius", 80, "imperial", "262 ft"],
    ["poe_power_per_port", 30, "metric", "30 W"],
    ["poe_power_per_port", 30, "imperial", "30 W"],
    ["poe_budget", 12.95, "metric", "12.95 W"],
    ["operating_temperature", { min: -40, max: 75 }, "metric", "-40 to 75 °C"],
    ["operating_temperature", { min: -40, max: 75 }, "imperial", "-40 to 167 °F"],
    ["input_voltage", { min: 12, max: 12 }, "metric", "12 V"],
    ["read_range", 0.05, "metric", "50 mm"],
    ["warranty", 5 * YEAR, "metric", "5 years"],
    ["uplink_speed", 1e9, "metric", "1 Gbit/s"],
    ["coverage_angle", 120, "metric", "120°"],
    ["ports_total", 1, "metric", "1 port"],
    ["ports_total", 6, "metric", "6 ports"],
    ["ports_total", 0, "metric", "0 ports"],
    ["max_cameras", 10000, "metric", "10000 cameras"],
    ["hardened", true, "metric", "Yes"],
    ["hardened", false, "imperial", "No"],
    ["poe_standard", "at", "metric", "802.3at (PoE+, 30 W)"],
    ["credential_technologies", ["mifare_desfire", "ble", "nfc"], "metric", "MIFARE DESFire, Bluetooth LE, NFC"],
    ["series", "XS4", "metric", "XS4"],
  ])("%s %j in %s → %j", (key, value, system, expected) => {
    expect(formatSpecValue(requireSpec(key), value as never, system)).toBe(expected);
  });

  it("shows an unknown option code as itself rather than hiding it", () => {
    expect(optionLabel(requireSpec("poe_standard"), "bt_type5")).toBe("bt_type5");
  });

  it.each([
    ["detection_radius", "metric", "m"],
    ["detection_radius", "imperial", "ft"],
    ["operating_temperature", "imperial", "°F"],
    ["ports_total", "metric", null],
  ] as const)("displayUnitOf(%s, %s) → %s", (key, system, symbol) => {
    expect(displayUnitOf(requireSpec(key), system)?.symbol ?? null).toBe(symbol);
  });
});

describe("round trip: what is shown in metric parses back to the stored value", () => {
  const measured = listSpecs().filter((s) => s.kind === "quantity" || s.kind === "range");

  it.each(measured.map((s) => [s.key, s] as const))("%s", (_, def) => {
    if (def.kind !== "quantity" && def.kind !== "range") throw new Error("unexpected kind");
    const shown = displayUnitFor(def.displayUnit, "metric");
    // Values as a datasheet states them in the display unit, stored canonically.
    for (const x of [0.5, 2.8, 12.95, 30, 1440]) {
      const v = toCanonical(x, shown);
      const value = def.kind === "range" ? { min: v, max: toCanonical(x * 2, shown) } : v;
      const text = formatSpecValue(def, value, "metric");
      const back = parseSpecInput(def, text);
      expect(back, text).toMatchObject({ ok: true });
      if (!back.ok) continue;
      if (typeof value === "number") expect(back.value as number, text).toBeCloseTo(value, 6);
      else expect(back.value, text).toEqual({ min: expect.closeTo(value.min, 6), max: expect.closeTo(value.max, 6) });
    }
  });

  it.each([1, 6, 24, 10000])("count %d", (n) => {
    const def = requireSpec("max_cameras");
    expect(parseSpecInput(def, formatSpecValue(def, n, "metric"))).toEqual({ ok: true, value: n });
  });

  const chosen = listSpecs().filter((s) => s.kind === "enum" || s.kind === "multi_enum");

  it.each(chosen.map((s) => [s.key, s] as const))("%s: every option, shown by label", (_, def) => {
    if (def.kind !== "enum" && def.kind !== "multi_enum") throw new Error("unexpected kind");
    const all = def.options.map((o) => o.value);
    const values: (string | string[])[] = def.kind === "enum" ? all : [all, ...all.map((v) => [v])];
    for (const value of values) {
      const shown = formatSpecValue(def, value, "metric");
      expect(parseSpecInput(def, shown), shown).toEqual({ ok: true, value });
    }
  });
});
