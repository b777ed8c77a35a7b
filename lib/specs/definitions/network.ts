import { count, oneOf, quantity, range, yesNo } from "../builders";

// Specs of network switches (domain-reference.md, "Network switches").
export const networkSpecs = [
  count("ports_total", "Total ports", {
    group: "ports", direction: "higher", facet: true, noun: ["port", "ports"],
    help: "All network ports, copper and fibre, including combo ports.",
  }),
  count("poe_ports", "PoE ports", {
    group: "ports", direction: "higher", facet: true, noun: ["port", "ports"], help: "Ports that supply PoE.",
  }),
  count("sfp_ports", "SFP ports", {
    group: "ports", direction: "higher", facet: true, noun: ["port", "ports"], help: "Dedicated fibre (SFP) slots.",
  }),
  count("combo_ports", "Combo ports", {
    group: "ports", direction: "higher", facet: true, noun: ["port", "ports"],
    help: "Ports usable as either copper or fibre (one at a time).",
  }),
  oneOf("poe_standard", "PoE standard", {
    group: "ports", direction: "higher", facet: true,
    help: "Highest IEEE PoE standard the PoE ports support.",
    options: [["af", "802.3af (PoE, 15.4 W)"], ["at", "802.3at (PoE+, 30 W)"], ["bt_type3", "802.3bt Type 3 (60 W)"],
      ["bt_type4", "802.3bt Type 4 (90 W)"]],
  }),
  quantity("poe_power_per_port", "PoE power per port", {
    group: "ports", dimension: "power", direction: "higher", facet: true,
    help: "Maximum power one port delivers at the switch (PSE).",
  }),
  quantity("poe_budget", "PoE budget", {
    group: "ports", dimension: "power", direction: "higher", facet: true,
    help: "Total PoE power the switch can deliver across all ports at once.",
  }),
  quantity("copper_port_speed", "Copper port speed", {
    group: "ports", dimension: "data_rate", displayUnit: "Gbit/s", direction: "higher", facet: true,
    help: "Highest speed of the copper (TX) ports.",
  }),
  quantity("uplink_speed", "Uplink speed", {
    group: "ports", dimension: "data_rate", displayUnit: "Gbit/s", direction: "higher", facet: true,
    help: "Highest speed of the uplink ports.",
  }),
  yesNo("managed", "Managed", { group: "overview", facet: true, help: "Configurable (VLANs, SNMP, …) rather than plug-and-play." }),
  yesNo("hardened", "Hardened", {
    group: "environment", direction: "higher", facet: true,
    help: "Built for unconditioned or industrial environments.",
  }),
  yesNo("fanless", "Fanless", { group: "environment", facet: true, help: "Passive cooling, no fans." }),
  yesNo("redundant_power", "Redundant power inputs", {
    group: "ports", direction: "higher", facet: true, help: "Two independent power inputs.",
  }),
  range("input_voltage", "Input voltage", {
    group: "ports", dimension: "voltage", help: "DC input voltage range the switch accepts.",
  }),
  quantity("ring_recovery_time", "Ring recovery time", {
    group: "ports", dimension: "duration", displayUnit: "ms", direction: "lower", facet: true,
    help: "Time for a redundant ring to recover from a broken link.",
  }),
  oneOf("mounting", "Mounting", {
    group: "environment", facet: true, help: "How the unit is mounted.",
    options: [["din_rail", "DIN rail"], ["rack", "19-inch rack"], ["desktop", "Desktop"], ["wall", "Wall"], ["pole", "Pole"]],
  }),
];
