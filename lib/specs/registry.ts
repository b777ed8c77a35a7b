import { accessSpecs } from "./definitions/access";
import { commonSpecs } from "./definitions/common";
import { detectionSpecs } from "./definitions/detection";
import { networkSpecs } from "./definitions/network";
import { cameraSpecs, vmsSpecs } from "./definitions/video";
import { specGroups, type CategoryDefinition, type SpecDefinition, type SpecGroup } from "./types";

const allSpecs: readonly SpecDefinition[] = [
  ...commonSpecs,
  ...networkSpecs,
  ...accessSpecs,
  ...detectionSpecs,
  ...cameraSpecs,
  ...vmsSpecs,
];

const hardwareCommon = [
  "series", "lifecycle", "warranty", "operating_temperature", "humidity_max", "ip_ratings", "ik_rating",
  "power_inputs", "max_power_draw", "weight", "certifications", "ndaa_compliant", "taa_compliant", "cyber_features",
];

// Categories in display order; slugs and spec keys are a public contract (URLs, API).
export const categories: readonly CategoryDefinition[] = [
  {
    slug: "network-switches", name: "Network switches", singular: "network switch",
    description: "PoE and fibre switches that power and connect cameras, readers and detectors.",
    specs: ["ports_total", "poe_ports", "sfp_ports", "combo_ports", "poe_standard", "poe_power_per_port", "poe_budget",
      "copper_port_speed", "uplink_speed", "managed", "hardened", "fanless", "redundant_power", "input_voltage",
      "ring_recovery_time", "mounting", ...hardwareCommon],
    keySpecs: ["ports_total", "poe_ports", "poe_power_per_port", "poe_budget"],
  },
  {
    slug: "electronic-locks", name: "Electronic locks", singular: "electronic lock",
    description: "Battery-powered and wired smart locks with built-in credential readers.",
    specs: ["lock_form", "credential_technologies", "online_modes", "battery_life", "bhma_grade", "fire_rated", "keypad",
      ...hardwareCommon],
    keySpecs: ["credential_technologies", "online_modes", "lock_form"],
  },
  {
    slug: "access-readers", name: "Access readers", singular: "access reader",
    description: "Card, mobile and PIN readers for access control panels.",
    specs: ["credential_technologies", "reader_interfaces", "read_range", "keypad", "supply_voltage", "current_draw",
      "onvif_profiles", ...hardwareCommon],
    keySpecs: ["credential_technologies", "reader_interfaces", "read_range"],
  },
  {
    slug: "perimeter-detection", name: "Perimeter detection", singular: "perimeter detector",
    description: "LiDAR, radar, PIR and fence sensors that detect intruders before they reach the building.",
    specs: ["detection_technology", "application", "detection_radius", "coverage_angle", "portable", "classification",
      "tracked_targets", "en50131_grade", ...hardwareCommon],
    keySpecs: ["detection_technology", "detection_radius", "coverage_angle"],
  },
  {
    slug: "ip-cameras", name: "IP cameras", singular: "IP camera",
    description: "Network cameras for surveillance, from fixed domes to PTZ.",
    specs: ["form_factor", "resolution", "lens_type", "focal_length", "frame_rate", "wdr", "min_illumination", "ir_range",
      "codecs", "onvif_profiles", "analytics", "edge_storage", "audio", "poe_class", "heater", ...hardwareCommon],
    keySpecs: ["resolution", "form_factor", "ir_range"],
  },
  {
    slug: "video-management", name: "Video management software", singular: "VMS",
    description: "Video management systems that record, display and search camera streams.",
    specs: ["deployment", "license_model", "max_cameras", "max_cameras_per_server", "server_os", "clients", "failover",
      "federation", "onvif_profiles", "integrations", "mfa", "sso", "lifecycle", "ndaa_compliant", "certifications"],
    keySpecs: ["deployment", "max_cameras", "license_model"],
  },
];

const specsByKey = new Map(allSpecs.map((s) => [s.key, s]));
const categoriesBySlug = new Map(categories.map((c) => [c.slug, c]));

// Every spec definition, once each; for registry consumers (API schema, tests).
export function listSpecs(): readonly SpecDefinition[] {
  return allSpecs;
}

// The definition for a key, or undefined; for any caller.
export function getSpec(key: string): SpecDefinition | undefined {
  return specsByKey.get(key);
}

// The definition for a key, or throws: for code naming keys that must exist.
export function requireSpec(key: string): SpecDefinition {
  const spec = specsByKey.get(key);
  if (!spec) throw new Error(`Unknown spec key '${key}'`);
  return spec;
}

// The category with this slug, or undefined; for any caller.
export function getCategory(slug: string): CategoryDefinition | undefined {
  return categoriesBySlug.get(slug);
}

// The definitions of a category's specs, in display order; for pages, API and validation.
export function specsOfCategory(slug: string): SpecDefinition[] {
  const category = categoriesBySlug.get(slug);
  return category ? category.specs.map(requireSpec) : [];
}

// A category's specs grouped by the registry's groups, in group order, empty groups left out; for spec tables.
export function groupSpecs(
  specs: readonly SpecDefinition[],
): { key: SpecGroup; label: string; specs: SpecDefinition[] }[] {
  return specGroups
    .map((g) => ({ key: g.key, label: g.label, specs: specs.filter((s) => s.group === g.key) }))
    .filter((g) => g.specs.length > 0);
}
