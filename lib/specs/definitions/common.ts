import { oneOf, quantity, range, someOf, text, yesNo } from "../builders";

// Specs shared by every hardware category (domain-reference.md, "Common to hardware").
export const commonSpecs = [
  text("series", "Series", { group: "overview", help: "Product family or series name." }),
  oneOf("lifecycle", "Lifecycle", {
    group: "overview",
    facet: true,
    help: "Where the model is in its life: announced, shipping, or withdrawn.",
    options: [["announced", "Announced"], ["active", "Active"], ["discontinued", "Discontinued"], ["eol", "End of life"]],
  }),
  quantity("warranty", "Warranty", {
    group: "overview", dimension: "duration", displayUnit: "years", direction: "higher", facet: true,
    help: "Manufacturer's standard warranty period.",
  }),
  range("operating_temperature", "Operating temperature", {
    group: "environment", dimension: "temperature", direction: "higher", facet: true,
    help: "Ambient temperature range the device is rated to operate in; a wider range is better.",
  }),
  quantity("humidity_max", "Maximum humidity", {
    group: "environment", dimension: "percent", direction: "higher",
    help: "Highest relative humidity (non-condensing) the device is rated for.",
  }),
  someOf("ip_ratings", "IP ratings", {
    group: "environment", facet: true,
    help: "IEC 60529 ingress ratings the product passed. Water digits are not cumulative: IP67 does not imply IP66.",
    options: [["ip20", "IP20"], ["ip40", "IP40"], ["ip54", "IP54"], ["ip55", "IP55"], ["ip65", "IP65"],
      ["ip66", "IP66"], ["ip67", "IP67"], ["ip68", "IP68"], ["ip69k", "IP69K"]],
  }),
  oneOf("ik_rating", "IK impact rating", {
    group: "environment", direction: "higher", facet: true,
    help: "IEC 62262 impact protection, IK00 (none) to IK11 (50 J).",
    options: [["ik00", "IK00"], ["ik01", "IK01 (0.14 J)"], ["ik02", "IK02 (0.2 J)"], ["ik03", "IK03 (0.35 J)"],
      ["ik04", "IK04 (0.5 J)"], ["ik05", "IK05 (0.7 J)"], ["ik06", "IK06 (1 J)"], ["ik07", "IK07 (2 J)"],
      ["ik08", "IK08 (5 J)"], ["ik09", "IK09 (10 J)"], ["ik10", "IK10 (20 J)"], ["ik11", "IK11 (50 J)"]],
  }),
  someOf("power_inputs", "Power inputs", {
    group: "ports", facet: true, help: "Ways the device can be powered.",
    options: [["poe_af", "PoE 802.3af"], ["poe_at", "PoE+ 802.3at"], ["poe_bt", "PoE++ 802.3bt"],
      ["dc_12v", "12 VDC"], ["dc_24v", "24 VDC"], ["dc_48v", "48 VDC"], ["ac_24v", "24 VAC"],
      ["ac_mains", "100–240 VAC mains"], ["battery", "Battery"]],
  }),
  quantity("max_power_draw", "Maximum power draw", {
    group: "ports", dimension: "power", direction: "lower", facet: true,
    help: "Highest power the device itself consumes.",
  }),
  quantity("weight", "Weight", { group: "environment", dimension: "mass", help: "Shipping weight of the unit." }),
  someOf("certifications", "Certifications", {
    group: "compliance", facet: true, help: "Standards and approvals the product is listed or certified for.",
    options: [["ul_294", "UL 294"], ["ul_2610", "UL 2610"], ["ul_60950", "UL 60950-1"], ["ul_62368", "UL 62368-1"],
      ["fcc", "FCC Part 15"], ["ce", "CE"], ["en_50131", "EN 50131"], ["fips_201", "FIPS 201"], ["nema_ts2", "NEMA TS2"]],
  }),
  yesNo("ndaa_compliant", "NDAA §889 compliant", {
    group: "compliance", direction: "higher", facet: true,
    help: "Free of covered equipment and components under NDAA FY2019 §889 (not the same as TAA).",
  }),
  yesNo("taa_compliant", "TAA compliant", {
    group: "compliance", direction: "higher", facet: true, help: "Trade Agreements Act compliant.",
  }),
  someOf("cyber_features", "Cyber security features", {
    group: "compliance", facet: true, help: "Device hardening features.",
    options: [["secure_boot", "Secure boot"], ["signed_firmware", "Signed firmware"], ["ieee_8021x", "802.1X"],
      ["tpm_2", "TPM 2.0"], ["https_only", "HTTPS-only management"]],
  }),
];
