import type { SeedProduct } from "../types";
import {
  buildProduct, gbps, hardwareCommon, makers, ms, pick, rngFor, round, slugOf, subset, type DemoRow, type Env,
} from "./kit";

type PoeStandard = "af" | "at" | "bt_type3" | "bt_type4";

interface SwitchRow extends DemoRow {
  series: string;
  env: Env;
  /** Copper-only ports; ports_total = copper + sfp + combo. */
  copper: number;
  sfp: number;
  combo: number;
  poePorts: number;
  poe?: PoeStandard;
  budget: number;
  copperGbps: number;
  uplinkGbps: number;
  managed: boolean;
  fanless: boolean;
  redundant: boolean;
  mounting: string;
  /** Ring recovery in ms, for managed switches with a ring protocol. */
  ringMs?: number;
}

// Power at the switch port (PSE) per IEEE class, domain-reference.md "Power over Ethernet".
const wattsPerPort: Record<PoeStandard, number> = { af: 15.4, at: 30, bt_type3: 60, bt_type4: 90 };
// PSE output voltage per standard; hardened DC-fed switches accept the same window.
const dcInput: Record<PoeStandard, { min: number; max: number }> = {
  af: { min: 44, max: 57 }, at: { min: 50, max: 57 }, bt_type3: { min: 50, max: 57 }, bt_type4: { min: 52, max: 57 },
};

const { kestrel, fenmoor, harrowmere } = makers;

const rows: SwitchRow[] = [
  { maker: kestrel, model: "KS-5U", name: "KS-5U 5-port desktop switch", series: "KS Office", env: "indoor",
    summary: "A palm-sized unmanaged gigabit switch for extending a guard-desk network without PoE.",
    copper: 5, sfp: 0, combo: 0, poePorts: 0, budget: 0, copperGbps: 1, uplinkGbps: 1, managed: false,
    fanless: true, redundant: false, mounting: "desktop" },
  { maker: kestrel, model: "KS-8P-AF", name: "KS-8P-AF 8-port PoE switch", series: "KS Office", env: "indoor",
    summary: "An entry-level unmanaged Fast Ethernet switch that powers up to eight fixed cameras or readers.",
    copper: 8, sfp: 2, combo: 0, poePorts: 8, poe: "af", budget: 65, copperGbps: 0.1, uplinkGbps: 1,
    managed: false, fanless: true, redundant: false, mounting: "desktop" },
  { maker: kestrel, model: "KS-8P-AT", name: "KS-8P-AT 8-port PoE+ switch", series: "KS Office", env: "indoor",
    summary: "A web-managed eight-port PoE+ switch with two SFP uplinks for small camera installations.",
    copper: 8, sfp: 2, combo: 0, poePorts: 8, poe: "at", budget: 120, copperGbps: 1, uplinkGbps: 1,
    managed: true, fanless: true, redundant: false, mounting: "desktop" },
  { maker: kestrel, model: "KS-24P-AT-4X", name: "KS-24P-AT-4X 24-port PoE+ switch", series: "KS Rack",
    env: "indoor", summary: "A rack-mount managed PoE+ switch with four 10G SFP+ uplinks for the security closet.",
    copper: 24, sfp: 4, combo: 0, poePorts: 24, poe: "at", budget: 370, copperGbps: 1, uplinkGbps: 10,
    managed: true, fanless: false, redundant: true, mounting: "rack", ringMs: 50 },
  { maker: kestrel, model: "KS-24P-BT", name: "KS-24P-BT 24-port PoE++ switch", series: "KS Rack",
    env: "indoor", summary: "A high-power 802.3bt switch with a 740 W budget for PTZ cameras and heated housings.",
    copper: 24, sfp: 4, combo: 0, poePorts: 24, poe: "bt_type3", budget: 740, copperGbps: 1, uplinkGbps: 10,
    managed: true, fanless: false, redundant: true, mounting: "rack" },
  { maker: fenmoor, model: "FX-6H-AT", name: "FX-6H-AT hardened PoE+ switch", series: "FX Hardened",
    env: "industrial", summary: "A six-port DIN-rail switch for unconditioned street cabinets along a perimeter fence.",
    copper: 4, sfp: 1, combo: 1, poePorts: 4, poe: "at", budget: 120, copperGbps: 1, uplinkGbps: 1,
    managed: false, fanless: true, redundant: true, mounting: "din_rail" },
  { maker: fenmoor, model: "FX-10H-BT4", name: "FX-10H-BT4 hardened 90 W switch", series: "FX Hardened",
    env: "industrial", summary: "A managed hardened switch delivering 90 W per port to heated PTZ cameras outdoors.",
    copper: 8, sfp: 2, combo: 0, poePorts: 8, poe: "bt_type4", budget: 480, copperGbps: 1, uplinkGbps: 10,
    managed: true, fanless: true, redundant: true, mounting: "din_rail", ringMs: 20 },
  { maker: fenmoor, model: "FX-18H-AT", name: "FX-18H-AT hardened ring switch", series: "FX Hardened",
    env: "industrial", summary: "A sixteen-port managed PoE+ switch with fast ring recovery for campus fibre loops.",
    copper: 16, sfp: 2, combo: 0, poePorts: 16, poe: "at", budget: 240, copperGbps: 1, uplinkGbps: 1,
    managed: true, fanless: true, redundant: true, mounting: "din_rail", ringMs: 30 },
  { maker: fenmoor, model: "FX-5P-AT", name: "FX-5P-AT pole-mount PoE+ switch", series: "FX Outdoor",
    env: "outdoor", summary: "A sealed pole-mount switch that powers four cameras at the top of a mast.",
    copper: 4, sfp: 1, combo: 0, poePorts: 4, poe: "at", budget: 60, copperGbps: 1, uplinkGbps: 1,
    managed: false, fanless: true, redundant: false, mounting: "pole" },
  { maker: harrowmere, model: "HN-12P-BT3", name: "HN-12P-BT3 12-port PoE++ switch", series: "HN Edge",
    env: "indoor", summary: "A wall-mount managed switch with 60 W ports and combo uplinks for multi-sensor cameras.",
    copper: 8, sfp: 2, combo: 2, poePorts: 8, poe: "bt_type3", budget: 360, copperGbps: 1, uplinkGbps: 10,
    managed: true, fanless: false, redundant: false, mounting: "wall" },
  { maker: harrowmere, model: "HN-16P-AF", name: "HN-16P-AF 16-port PoE switch", series: "HN Basic",
    env: "indoor", summary: "An unmanaged sixteen-port PoE switch for door controllers and low-power readers.",
    copper: 16, sfp: 0, combo: 2, poePorts: 16, poe: "af", budget: 125, copperGbps: 1, uplinkGbps: 1,
    managed: false, fanless: false, redundant: false, mounting: "rack" },
  { maker: harrowmere, model: "HN-26M-BT4", name: "HN-26M-BT4 multi-gig PoE switch", series: "HN Core",
    env: "indoor", summary: "A multi-gigabit aggregation switch with twelve 90 W ports for high-resolution cameras.",
    copper: 24, sfp: 2, combo: 0, poePorts: 12, poe: "bt_type4", budget: 600, copperGbps: 2.5, uplinkGbps: 10,
    managed: true, fanless: false, redundant: true, mounting: "rack", ringMs: 50 },
];

// Twelve fictional PoE and fibre switches; for the demo catalog.
export function buildDemoSwitches(): SeedProduct[] {
  return rows.map((r, i) => {
    const rng = rngFor(slugOf(r));
    const total = r.copper + r.sfp + r.combo;
    const dc = r.env !== "indoor";
    return buildProduct("network-switches", r, {
      ...hardwareCommon(rng, r.env, r.series, i),
      ports_total: total,
      poe_ports: r.poePorts,
      sfp_ports: r.sfp,
      combo_ports: r.combo,
      poe_standard: r.poe,
      poe_power_per_port: r.poe && wattsPerPort[r.poe],
      poe_budget: r.budget,
      copper_port_speed: gbps(r.copperGbps),
      uplink_speed: gbps(r.uplinkGbps),
      managed: r.managed,
      hardened: r.env !== "indoor",
      fanless: r.fanless,
      redundant_power: r.redundant,
      input_voltage: dc ? dcInput[r.poe ?? "af"] : undefined,
      ring_recovery_time: r.ringMs === undefined ? undefined : ms(r.ringMs),
      mounting: r.mounting,
      power_inputs: dc ? ["dc_48v"] : ["ac_mains"],
      max_power_draw: round(r.budget + 6 + total * pick(rng, [0.4, 0.5, 0.6]), 1),
      weight: round(0.3 + total * (dc ? 0.09 : 0.13) + rng() * 0.4, 2),
      certifications: subset(rng, dc ? ["ul_62368", "fcc", "ce", "nema_ts2"] : ["ul_62368", "fcc", "ce"], 0.75),
    }, rng);
  });
}
