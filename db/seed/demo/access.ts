import type { SeedProduct } from "../types";
import {
  buildProduct, hardwareCommon, makers, mA, mm, rngFor, round, slugOf, subset, years, type DemoRow, type Env,
} from "./kit";

// Credential and interface lists are written in the registry's option order (multi_enum values are ordered).

interface LockRow extends DemoRow {
  series: string;
  env: Env;
  form: string;
  creds: string[];
  modes: string[];
  /** Years; absent for wired locks. */
  battery?: number;
  grade?: "grade_1" | "grade_2" | "grade_3";
  fire: boolean;
  keypad: boolean;
  power: string[];
}

const { northwind, quillfeather, copperlark } = makers;

const locks: LockRow[] = [
  { maker: quillfeather, model: "QA-M1", name: "QA-M1 mortise smart lock", series: "Quill M", env: "indoor",
    summary: "A battery mortise lock that reads DESFire cards and phones and joins a real-time wireless network.",
    form: "mortise", creds: ["mifare_desfire", "ble", "nfc"], modes: ["data_on_card", "real_time"], battery: 2,
    grade: "grade_1", fire: true, keypad: false, power: ["battery"] },
  { maker: quillfeather, model: "QA-M1K", name: "QA-M1K mortise lock with keypad", series: "Quill M",
    env: "indoor", summary: "The QA-M1 mortise lock with a backlit keypad for card-plus-PIN doors.",
    form: "mortise", creds: ["mifare_classic", "mifare_desfire", "pin"], modes: ["offline", "data_on_card"],
    battery: 2.5, grade: "grade_1", fire: true, keypad: true, power: ["battery"] },
  { maker: quillfeather, model: "QA-C2", name: "QA-C2 cylindrical prox lock", series: "Quill C", env: "indoor",
    summary: "A budget cylindrical lever lock that reads only 125 kHz proximity cards, stand-alone.",
    form: "cylindrical", creds: ["prox_125khz"], modes: ["offline"], battery: 3, grade: "grade_2", fire: false,
    keypad: false, power: ["battery"] },
  { maker: quillfeather, model: "QA-E3", name: "QA-E3 slim escutcheon lock", series: "Quill E", env: "indoor",
    summary: "A narrow escutcheon for glass and aluminium doors that reads every MIFARE family and NFC.",
    form: "escutcheon", creds: ["mifare_classic", "mifare_plus", "mifare_desfire", "nfc"],
    modes: ["offline", "data_on_card"], battery: 1.5, grade: "grade_1", fire: true, keypad: false, power: ["battery"] },
  { maker: quillfeather, model: "QA-CY40", name: "QA-CY40 electronic cylinder", series: "Quill CY",
    env: "outdoor", summary: "A weatherproof electronic euro cylinder for gates, cabinets and plant rooms.",
    form: "cylinder", creds: ["mifare_desfire", "ble"], modes: ["data_on_card", "real_time"], battery: 4,
    fire: true, keypad: false, power: ["battery"] },
  { maker: northwind, model: "NL-400", name: "NL-400 wired mortise lock", series: "NL Pro", env: "indoor",
    summary: "A hard-wired mortise lock with an integrated multi-technology reader and keypad for high-traffic doors.",
    form: "mortise", creds: ["iclass", "seos", "prox_125khz", "ble", "mobile_wallet"], modes: ["wired"],
    grade: "grade_1", fire: true, keypad: true, power: ["poe_af", "dc_12v", "dc_24v"] },
  { maker: northwind, model: "NL-210", name: "NL-210 wireless cylindrical lock", series: "NL Pro", env: "indoor",
    summary: "A cylindrical lock that talks to the access system in real time over its own wireless gateway.",
    form: "cylindrical", creds: ["iclass", "seos", "ble", "nfc", "mobile_wallet"], modes: ["real_time"],
    battery: 2, grade: "grade_2", fire: false, keypad: false, power: ["battery"] },
  { maker: northwind, model: "NL-CB1", name: "NL-CB1 cabinet lock", series: "NL Locker", env: "indoor",
    summary: "A compact keypad-and-card lock for lockers, drawers and server-rack doors.",
    form: "cabinet", creds: ["mifare_classic", "nfc", "pin"], modes: ["offline"], battery: 3, fire: false,
    keypad: true, power: ["battery"] },
  { maker: copperlark, model: "CL-DB7", name: "CL-DB7 keypad deadbolt", series: "Lark Home", env: "indoor",
    summary: "A residential-style deadbolt opened by PIN or proximity fob for small offices.",
    form: "deadbolt", creds: ["prox_125khz", "pin"], modes: ["offline"], battery: 1, grade: "grade_2",
    fire: false, keypad: true, power: ["battery"] },
  { maker: copperlark, model: "CL-PL2", name: "CL-PL2 Bluetooth padlock", series: "Lark Field", env: "outdoor",
    summary: "A shackle padlock opened from a phone, for fences, trailers and remote cabinets.",
    form: "padlock", creds: ["ble"], modes: ["offline"], battery: 2, fire: false, keypad: false,
    power: ["battery"] },
  { maker: copperlark, model: "CL-M9B", name: "CL-M9B biometric mortise lock", series: "Lark Secure",
    env: "indoor",
    summary: "A mortise lock with a fingerprint sensor and DESFire and Seos reader for high-security rooms.",
    form: "mortise", creds: ["mifare_desfire", "seos", "ble", "nfc", "biometric"], modes: ["real_time"],
    battery: 1, grade: "grade_1", fire: true, keypad: false, power: ["battery"] },
  { maker: copperlark, model: "CL-E5", name: "CL-E5 prox escutcheon", series: "Lark Basic", env: "indoor",
    summary: "A surface escutcheon that retrofits legacy proximity-card doors without new wiring.",
    form: "escutcheon", creds: ["prox_125khz"], modes: ["offline"], battery: 2.5, grade: "grade_3", fire: false,
    keypad: false, power: ["battery"] },
];

interface ReaderRow extends DemoRow {
  series: string;
  env: Env;
  creds: string[];
  interfaces: string[];
  rangeMm: number;
  keypad: boolean;
  volts: { min: number; max: number };
  currentMa: number;
  onvif?: string[];
  power: string[];
}

const readers: ReaderRow[] = [
  { maker: northwind, model: "NR-10", name: "NR-10 mullion reader", series: "NR Classic", env: "outdoor",
    summary: "A slim mullion reader for multi-technology cards and mobile credentials over OSDP.",
    creds: ["mifare_desfire", "iclass", "seos", "ble", "nfc"], interfaces: ["osdp_v2", "osdp_secure", "wiegand_26"],
    rangeMm: 50, keypad: false, volts: { min: 5, max: 16 }, currentMa: 95, power: ["dc_12v"] },
  { maker: northwind, model: "NR-20K", name: "NR-20K keypad reader", series: "NR Classic", env: "outdoor",
    summary: "A wall-switch-size reader with a keypad for card-plus-PIN entry.",
    creds: ["mifare_desfire", "iclass", "seos", "ble", "nfc", "pin"],
    interfaces: ["osdp_v2", "osdp_secure", "wiegand_26", "wiegand_34"], rangeMm: 45, keypad: true,
    volts: { min: 5, max: 16 }, currentMa: 120, power: ["dc_12v"] },
  { maker: northwind, model: "NR-P125", name: "NR-P125 proximity reader", series: "NR Legacy", env: "outdoor",
    summary: "A long-lived 125 kHz proximity reader for sites that have not migrated cards yet.",
    creds: ["prox_125khz"], interfaces: ["wiegand_26", "wiegand_34", "wiegand_37"], rangeMm: 100, keypad: false,
    volts: { min: 5, max: 16 }, currentMa: 70, power: ["dc_12v"] },
  { maker: northwind, model: "NR-IP5", name: "NR-IP5 PoE network reader", series: "NR Edge", env: "indoor",
    summary: "A PoE-powered edge reader that speaks ONVIF to the access system and needs no panel.",
    creds: ["mifare_desfire", "seos", "ble", "nfc", "pin", "mobile_wallet"], interfaces: ["osdp_v2", "osdp_secure"],
    rangeMm: 40, keypad: true, volts: { min: 12, max: 24 }, currentMa: 250,
    onvif: ["a", "c", "d"],
    power: ["poe_af", "dc_12v", "dc_24v"] },
  { maker: quillfeather, model: "QR-7", name: "QR-7 secure reader", series: "Quill R", env: "outdoor",
    summary: "A DESFire EV-class reader with OSDP secure channel and a vandal-resistant face.",
    creds: ["mifare_classic", "mifare_plus", "mifare_desfire", "nfc"], interfaces: ["osdp_v2", "osdp_secure"],
    rangeMm: 60, keypad: false, volts: { min: 9, max: 24 }, currentMa: 110, power: ["dc_12v", "dc_24v"] },
  { maker: quillfeather, model: "QR-7K", name: "QR-7K secure keypad reader", series: "Quill R", env: "outdoor",
    summary: "The QR-7 with a stainless keypad for two-factor doors.",
    creds: ["mifare_classic", "mifare_plus", "mifare_desfire", "nfc", "pin"], interfaces: ["osdp_v2", "osdp_secure"],
    rangeMm: 55, keypad: true, volts: { min: 9, max: 24 }, currentMa: 140, power: ["dc_12v", "dc_24v"] },
  { maker: quillfeather, model: "QR-MB", name: "QR-MB mobile-first reader", series: "Quill R", env: "indoor",
    summary: "A Bluetooth and NFC reader designed around phone and watch credentials.",
    creds: ["ble", "nfc", "mobile_wallet"], interfaces: ["osdp_v2", "osdp_secure", "wiegand_26"], rangeMm: 30,
    keypad: false, volts: { min: 10, max: 30 }, currentMa: 85, power: ["dc_12v", "dc_24v"] },
  { maker: copperlark, model: "CR-100", name: "CR-100 prox reader", series: "Lark Basic", env: "indoor",
    summary: "A low-cost proximity reader for internal doors on legacy Wiegand panels.",
    creds: ["prox_125khz"], interfaces: ["wiegand_26"], rangeMm: 80, keypad: false,
    volts: { min: 5, max: 14 }, currentMa: 60, power: ["dc_12v"] },
  { maker: copperlark, model: "CR-150L", name: "CR-150L long-range prox reader", series: "Lark Basic",
    env: "outdoor", summary: "A larger-antenna proximity reader for car-park barriers and gates.",
    creds: ["prox_125khz"], interfaces: ["wiegand_26", "wiegand_34"], rangeMm: 150, keypad: false,
    volts: { min: 10, max: 28 }, currentMa: 180, power: ["dc_12v", "dc_24v"] },
  { maker: copperlark, model: "CR-220", name: "CR-220 dual-frequency reader", series: "Lark Bridge",
    env: "outdoor", summary: "A migration reader that reads prox and MIFARE side by side during a card changeover.",
    creds: ["mifare_classic", "mifare_desfire", "iclass", "prox_125khz"], interfaces: ["osdp_v2", "wiegand_26",
      "wiegand_34", "wiegand_37"], rangeMm: 70, keypad: false, volts: { min: 5, max: 16 }, currentMa: 130,
    power: ["dc_12v"] },
  { maker: copperlark, model: "CR-BIO3", name: "CR-BIO3 fingerprint reader", series: "Lark Secure", env: "indoor",
    summary: "A fingerprint and card reader for server rooms and pharmacies.",
    creds: ["mifare_desfire", "seos", "pin", "biometric"], interfaces: ["osdp_v2", "osdp_secure", "rs485"],
    rangeMm: 35, keypad: true, volts: { min: 12, max: 24 }, currentMa: 230, power: ["dc_12v", "dc_24v"] },
  { maker: copperlark, model: "CR-PIN", name: "CR-PIN stand-alone keypad", series: "Lark Basic", env: "outdoor",
    summary: "A PIN-only keypad with a proximity fallback, wired like a reader.",
    creds: ["prox_125khz", "pin"], interfaces: ["wiegand_26", "wiegand_34"], rangeMm: 25, keypad: true,
    volts: { min: 10, max: 14 }, currentMa: 55, power: ["dc_12v"] },
];

// Twelve fictional electronic locks; for the demo catalog.
export function buildDemoLocks(): SeedProduct[] {
  return locks.map((r, i) => {
    const rng = rngFor(slugOf(r));
    const wired = r.battery === undefined;
    return buildProduct("electronic-locks", r, {
      ...hardwareCommon(rng, r.env, r.series, i),
      lock_form: r.form,
      credential_technologies: r.creds,
      online_modes: r.modes,
      battery_life: wired ? undefined : years(r.battery as number),
      bhma_grade: r.grade,
      fire_rated: r.fire,
      keypad: r.keypad,
      power_inputs: r.power,
      max_power_draw: round(wired ? 3 + rng() * 4 : 0.3 + rng() * 1.2, 1),
      weight: round(r.form === "padlock" || r.form === "cabinet" ? 0.2 + rng() * 0.4 : 1 + rng() * 2.5, 2),
      certifications: subset(rng, ["ul_294", "fcc", "ce"], 0.7),
    }, rng);
  });
}

// Twelve fictional access-control readers; for the demo catalog.
export function buildDemoReaders(): SeedProduct[] {
  return readers.map((r, i) => {
    const rng = rngFor(slugOf(r));
    return buildProduct("access-readers", r, {
      ...hardwareCommon(rng, r.env, r.series, i),
      credential_technologies: r.creds,
      reader_interfaces: r.interfaces,
      read_range: mm(r.rangeMm),
      keypad: r.keypad,
      supply_voltage: r.volts,
      current_draw: mA(r.currentMa),
      onvif_profiles: r.onvif,
      power_inputs: r.power,
      max_power_draw: round(12 * mA(r.currentMa), 2),
      weight: round(0.1 + rng() * 0.35, 2),
      certifications: subset(rng, ["ul_294", "fcc", "ce", "fips_201"], 0.6),
    }, rng);
  });
}
