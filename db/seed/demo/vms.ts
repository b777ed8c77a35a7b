import type { SeedProduct } from "../types";
import { buildProduct, makers, pick, rngFor, slugOf, type DemoRow } from "./kit";

interface VmsRow extends DemoRow {
  deployment: "on_prem" | "cloud" | "hybrid" | "appliance";
  license: "perpetual" | "subscription" | "free";
  max: number;
  /** Absent for cloud services, which publish no per-server figure. */
  perServer?: number;
  os?: string[];
  clients: string[];
  failover: boolean;
  federation: boolean;
  onvif: string[];
  integrations?: string[];
  mfa: boolean;
  sso: boolean;
}

const { orrinBay, harrowmere, northwind, tarnwick } = makers;
const allClients = ["windows", "macos", "web", "ios", "android"];
const mobileWeb = ["web", "ios", "android"];

const rows: VmsRow[] = [
  { maker: orrinBay, model: "OB-VISTA-ESS", name: "Vista Essentials",
    summary: "A small-site recorder for up to 64 cameras, licensed once per channel.",
    deployment: "on_prem", license: "perpetual", max: 64, perServer: 64, os: ["windows"], clients: ["windows", "web"],
    failover: false, federation: false, onvif: ["s", "g", "t"], integrations: ["access_control"],
    mfa: false, sso: false },
  { maker: orrinBay, model: "OB-VISTA-PRO", name: "Vista Professional",
    summary: "A multi-server edition with failover, mobile clients and LPR for mid-size campuses.",
    deployment: "on_prem", license: "perpetual", max: 1000, perServer: 250, os: ["windows"],
    clients: ["windows", ...mobileWeb], failover: true, federation: false, onvif: ["s", "g", "t", "m"],
    integrations: ["access_control", "analytics", "lpr"], mfa: true, sso: true },
  { maker: orrinBay, model: "OB-VISTA-ENT", name: "Vista Enterprise",
    summary: "A federated enterprise VMS for city-wide and multi-national deployments of up to 10,000 cameras.",
    deployment: "hybrid", license: "perpetual", max: 10000, perServer: 500, os: ["windows", "linux"],
    clients: allClients, failover: true, federation: true, onvif: ["s", "g", "t", "m"],
    integrations: ["access_control", "analytics", "intrusion", "lpr", "perimeter"], mfa: true, sso: true },
  { maker: orrinBay, model: "OB-SKY", name: "Orrin Sky",
    summary: "A browser-first cloud VMS billed per camera per month, with no on-site server.",
    deployment: "cloud", license: "subscription", max: 5000, clients: mobileWeb, failover: true, federation: true,
    onvif: ["s", "t"], integrations: ["access_control", "analytics"], mfa: true, sso: true },
  { maker: orrinBay, model: "OB-VISTA-FREE", name: "Vista Free",
    summary: "A free 16-camera edition for homes and small shops.",
    deployment: "on_prem", license: "free", max: 16, perServer: 16, os: ["windows"], clients: ["windows"],
    failover: false, federation: false, onvif: ["s"], mfa: false, sso: false },
  { maker: harrowmere, model: "HV-BOX8", name: "HV-Box 8 recorder appliance",
    summary: "A plug-and-play recorder appliance with eight PoE ports and built-in storage.",
    deployment: "appliance", license: "perpetual", max: 32, perServer: 32, os: ["linux"], clients: mobileWeb,
    failover: false, federation: true, onvif: ["s", "g", "t"], integrations: ["intrusion"], mfa: true, sso: false },
  { maker: harrowmere, model: "HV-BOX64", name: "HV-Box 64 recorder appliance",
    summary: "A rack appliance with hot-spare failover for up to 128 cameras.",
    deployment: "appliance", license: "perpetual", max: 128, perServer: 128, os: ["linux"],
    clients: ["windows", ...mobileWeb], failover: true, federation: true, onvif: ["s", "g", "t", "m"],
    integrations: ["access_control", "intrusion"], mfa: true, sso: false },
  { maker: harrowmere, model: "HV-CENTRAL", name: "HV Central",
    summary: "A hybrid platform that joins Harrowmere appliances at many sites into one subscription.",
    deployment: "hybrid", license: "subscription", max: 3000, perServer: 300, os: ["linux"],
    clients: ["windows", "macos", "web"], failover: true, federation: true, onvif: ["s", "g", "t", "m"],
    integrations: ["access_control", "analytics", "perimeter"], mfa: true, sso: true },
  { maker: northwind, model: "NV-GUARD", name: "Northwind Guard",
    summary: "A VMS built around Northwind access control, with doors and cameras on one map.",
    deployment: "on_prem", license: "perpetual", max: 2000, perServer: 200, os: ["windows"],
    clients: ["windows", "web", "ios"], failover: true, federation: true, onvif: ["s", "g", "t"],
    integrations: ["access_control", "intrusion"], mfa: false, sso: true },
  { maker: northwind, model: "NV-CLOUD", name: "Northwind Guard Cloud",
    summary: "The hosted edition of Northwind Guard for sites without an IT room.",
    deployment: "cloud", license: "subscription", max: 500, clients: mobileWeb, failover: true, federation: false,
    onvif: ["s", "t"], integrations: ["access_control"], mfa: true, sso: false },
  { maker: tarnwick, model: "TO-VIEW", name: "Tarnwick View",
    summary: "Free camera-maker software for viewing and recording Tarnwick cameras.",
    deployment: "on_prem", license: "free", max: 256, perServer: 64, os: ["windows"],
    clients: ["windows", "ios", "android"], failover: false, federation: false, onvif: ["s", "g"],
    mfa: false, sso: false },
  { maker: tarnwick, model: "TO-VIEW-CLOUD", name: "Tarnwick View Cloud",
    summary: "A subscription cloud service with analytics search across many small sites.",
    deployment: "cloud", license: "subscription", max: 8000, clients: ["macos", ...mobileWeb], failover: true,
    federation: true, onvif: ["s", "g", "t", "m"], integrations: ["analytics", "lpr"], mfa: true, sso: true },
];

// Twelve fictional video management systems; for the demo catalog.
export function buildDemoVms(): SeedProduct[] {
  return rows.map((r, i) => {
    const rng = rngFor(slugOf(r));
    return buildProduct("video-management", r, {
      deployment: r.deployment,
      license_model: r.license,
      max_cameras: r.max,
      max_cameras_per_server: r.perServer,
      server_os: r.os,
      clients: r.clients,
      failover: r.failover,
      federation: r.federation,
      onvif_profiles: r.onvif,
      integrations: r.integrations,
      mfa: r.mfa,
      sso: r.sso,
      lifecycle: pick(rng, ["active", "active", "active", "active", "announced", "discontinued"]),
      ndaa_compliant: i % 6 !== 4,
      // The registry's certifications are hardware listings; only the appliances state any.
      certifications: r.deployment === "appliance" ? ["ul_62368", "fcc", "ce"] : undefined,
    }, rng);
  });
}
