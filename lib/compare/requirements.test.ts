import { describe, expect, it } from "vitest";
import { parseFilter, type SpecFilter } from "@/lib/catalog-params";
import { requireSpec, type SpecValue } from "@/lib/specs";
import { meetsRequirement, type RequirementOutcome } from "./requirements";

// The requirement a user typed, parsed with the catalog's filter grammar.
function need(key: string, text: string): SpecFilter {
  const result = parseFilter(key, text);
  if (!result.ok) throw new Error(`bad requirement ${key}=${text}: ${result.message}`);
  return result.filter;
}

describe("meetsRequirement", () => {
  it.each<[string, string, SpecValue, RequirementOutcome]>([
    // number bounds are inclusive
    ["poe_power_per_port", "30W..", 30, "pass"],
    ["poe_power_per_port", "30W..", 29.9, "fail"],
    ["poe_power_per_port", "..60W", 60, "pass"],
    ["poe_power_per_port", "..60W", 60.1, "fail"],
    ["poe_power_per_port", "30W..60W", 45, "pass"],
    ["poe_power_per_port", "30W..60W", 90, "fail"],
    ["poe_power_per_port", "0.03kW..", 30, "pass"],
    ["max_power_draw", "..25W", 12, "pass"],
    ["max_power_draw", "..25W", 26, "fail"],
    ["detection_radius", "262ft..", 80, "pass"],
    ["detection_radius", "263ft..", 80, "fail"],
    ["poe_ports", "8..", 8, "pass"],
    ["poe_ports", "8..", 7, "fail"],
    ["poe_ports", "..8", 0, "pass"],
    // covers: the product's range must contain the required one
    ["operating_temperature", "covers:-35C..50C", { min: -40, max: 75 }, "pass"],
    ["operating_temperature", "covers:-35C..50C", { min: -35, max: 50 }, "pass"],
    ["operating_temperature", "covers:-35C..50C", { min: -20, max: 75 }, "fail"],
    ["operating_temperature", "covers:-35C..50C", { min: -40, max: 45 }, "fail"],
    ["operating_temperature", "covers:-40C..", { min: -40, max: 0 }, "pass"],
    ["operating_temperature", "covers:-40C..", { min: -39, max: 85 }, "fail"],
    ["operating_temperature", "covers:..70C", { min: 0, max: 60 }, "fail"],
    ["operating_temperature", "covers:-40F..", { min: -40, max: 60 }, "pass"],
    // booleans
    ["hardened", "true", true, "pass"],
    ["hardened", "true", false, "fail"],
    ["hardened", "false", false, "pass"],
    ["hardened", "no", true, "fail"],
    // enum: one of
    ["poe_standard", "bt_type3,bt_type4", "bt_type4", "pass"],
    ["poe_standard", "bt_type3,bt_type4", "at", "fail"],
    ["poe_standard", "at", "at", "pass"],
    // multi-enum: every listed option present
    ["ip_ratings", "ip66,ip67", ["ip66", "ip67"], "pass"],
    ["ip_ratings", "ip66,ip67", ["ip65", "ip66", "ip67", "ip68"], "pass"],
    ["ip_ratings", "ip66,ip67", ["ip67"], "fail"],
    ["ip_ratings", "ip66,ip67", ["ip66"], "fail"],
    ["ip_ratings", "ip67", ["ip66", "ip67"], "pass"],
    ["credential_technologies", "seos,ble", ["mifare_desfire", "seos"], "fail"],
  ])("%s needs %s; %j is %s", (key, text, value, outcome) => {
    expect(meetsRequirement(requireSpec(key), value, need(key, text))).toBe(outcome);
  });

  it.each<[string, string]>([
    ["poe_power_per_port", "30W.."],
    ["poe_ports", "8.."],
    ["operating_temperature", "covers:-35C..50C"],
    ["hardened", "false"],
    ["poe_standard", "at"],
    ["ip_ratings", "ip66"],
  ])("%s needs %s; a value not stated is unknown, never a fail", (key, text) => {
    expect(meetsRequirement(requireSpec(key), null, need(key, text))).toBe("unknown");
  });
});
