import type { SeedProduct } from "../types";
import {
  buildProduct, hardwareCommon, makers, mm, rngFor, round, slugOf, type DemoRow, type Env,
} from "./kit";

interface CameraRow extends DemoRow {
  series: string;
  env: Env;
  form: string;
  mp: number;
  lens: "fixed" | "varifocal" | "motorized_zoom";
  /** Focal length in mm, [min, max]; equal for fixed lenses. */
  focal: [number, number];
  fps: number;
  wdr?: number;
  lux: number;
  /** IR reach in m; absent for cameras without an illuminator. */
  ir?: number;
  codecs: string[];
  onvif: string[];
  analytics?: string[];
  edge: boolean;
  audio: boolean;
  /** IEEE PoE class 3, 4, 6 or 8; the draw stays inside what the class delivers at the device. */
  poeClass: 3 | 4 | 6 | 8;
  heater: boolean;
  watts: number;
  extraPower?: string[];
}

const { tarnwick, northwind, vantwood, acme } = makers;

const h264h265 = ["h264", "h265"];
const h264h265mjpeg = ["h264", "h265", "mjpeg"];

const cameras: CameraRow[] = [
  { maker: tarnwick, model: "TO-D2F", name: "TO-D2F 2 MP mini dome", series: "TO Core", env: "indoor",
    summary: "An affordable 2 MP fixed-lens dome for corridors, reception desks and shops.",
    form: "dome", mp: 2, lens: "fixed", focal: [2.8, 2.8], fps: 30, wdr: 120, lux: 0.02, ir: 30,
    codecs: h264h265mjpeg, onvif: ["s", "g", "t"], analytics: ["motion", "line_crossing"], edge: true,
    audio: false, poeClass: 3, heater: false, watts: 5.5 },
  { maker: tarnwick, model: "TO-B4V", name: "TO-B4V 4 MP varifocal bullet", series: "TO Core", env: "outdoor",
    summary: "A 4 MP bullet with a 2.8–12 mm varifocal lens and 60 m of IR for car parks and yards.",
    form: "bullet", mp: 4, lens: "varifocal", focal: [2.8, 12], fps: 30, wdr: 120, lux: 0.01, ir: 60,
    codecs: h264h265, onvif: ["s", "g", "t", "m"],
    analytics: ["motion", "line_crossing", "intrusion", "object_classification"], edge: true, audio: false,
    poeClass: 3, heater: false, watts: 9.8, extraPower: ["dc_12v"] },
  { maker: tarnwick, model: "TO-T5F", name: "TO-T5F 5 MP turret", series: "TO Core", env: "outdoor",
    summary: "A 5 MP eyeball turret with built-in microphone for entrances and façades.",
    form: "turret", mp: 5, lens: "fixed", focal: [4, 4], fps: 30, wdr: 110, lux: 0.05, ir: 40,
    codecs: h264h265mjpeg, onvif: ["s", "t"], analytics: ["motion", "intrusion"], edge: true, audio: true,
    poeClass: 3, heater: false, watts: 7.2, extraPower: ["dc_12v"] },
  { maker: tarnwick, model: "TO-B8V", name: "TO-B8V 4K bullet", series: "TO Pro", env: "outdoor",
    summary: "An 8 MP bullet with a heater, 80 m IR and object classification for long fence lines.",
    form: "bullet", mp: 8, lens: "varifocal", focal: [3.6, 11], fps: 30, wdr: 130, lux: 0.005, ir: 80,
    codecs: ["h264", "h265", "mjpeg", "av1"], onvif: ["s", "g", "t", "m"],
    analytics: ["motion", "line_crossing", "intrusion", "object_classification"], edge: true, audio: true,
    poeClass: 4, heater: true, watts: 19 },
  { maker: tarnwick, model: "TO-F12", name: "TO-F12 12 MP fisheye", series: "TO Pro", env: "indoor",
    summary: "A 12 MP 360° fisheye that covers a whole open-plan floor or shop from the ceiling.",
    form: "fisheye", mp: 12, lens: "fixed", focal: [1.6, 1.6], fps: 20, wdr: 120, lux: 0.1, ir: 15,
    codecs: h264h265, onvif: ["s", "g", "t"], analytics: ["motion", "intrusion", "object_classification"],
    edge: true, audio: true, poeClass: 3, heater: false, watts: 11 },
  { maker: tarnwick, model: "TO-PTZ32", name: "TO-PTZ32 4 MP PTZ", series: "TO Pro", env: "outdoor",
    summary: "A 32× zoom PTZ with 200 m IR that follows targets handed over by radar or LiDAR.",
    form: "ptz", mp: 4, lens: "motorized_zoom", focal: [4.8, 154], fps: 60, wdr: 140, lux: 0.002, ir: 200,
    codecs: h264h265mjpeg, onvif: ["s", "g", "t", "m"], analytics: ["motion", "intrusion", "object_classification"],
    edge: true, audio: true, poeClass: 6, heater: true, watts: 48, extraPower: ["ac_24v"] },
  { maker: northwind, model: "NC-D4", name: "NC-D4 vandal dome", series: "NC Secure", env: "outdoor",
    summary: "A vandal-resistant 4 MP dome for stairwells, transit and schools.",
    form: "dome", mp: 4, lens: "varifocal", focal: [2.8, 12], fps: 30, wdr: 120, lux: 0.03, ir: 40,
    codecs: h264h265, onvif: ["s", "g", "t"], analytics: ["motion", "line_crossing"], edge: true, audio: true,
    poeClass: 3, heater: false, watts: 8.5 },
  { maker: northwind, model: "NC-MS8", name: "NC-MS8 four-sensor camera", series: "NC Panorama", env: "outdoor",
    summary: "Four 2 MP sensors on one mount that cover a building corner or intersection in one device.",
    form: "multisensor", mp: 8, lens: "fixed", focal: [2.8, 2.8], fps: 30, wdr: 120, lux: 0.05, ir: 30,
    codecs: h264h265, onvif: ["s", "t"], analytics: ["motion", "line_crossing", "intrusion"], edge: false,
    audio: false, poeClass: 6, heater: true, watts: 38 },
  { maker: northwind, model: "NC-B2L", name: "NC-B2L licence plate camera", series: "NC Traffic", env: "outdoor",
    summary: "A 2 MP motorised-zoom bullet that reads plates at barrier gates and entrances at night.",
    form: "bullet", mp: 2, lens: "motorized_zoom", focal: [10, 50], fps: 60, wdr: 140, lux: 0.005, ir: 50,
    codecs: h264h265mjpeg, onvif: ["s", "g", "t", "m"], analytics: ["motion", "lpr"], edge: true, audio: false,
    poeClass: 4, heater: true, watts: 22, extraPower: ["dc_12v"] },
  { maker: vantwood, model: "VC-B6", name: "VC-B6 6 MP bullet", series: "VC Field", env: "outdoor",
    summary: "A 6 MP bullet with 100 m of IR for rail yards, quarries and large car parks.",
    form: "bullet", mp: 6, lens: "varifocal", focal: [2.7, 13.5], fps: 20, wdr: 120, lux: 0.01, ir: 100,
    codecs: h264h265, onvif: ["s", "g", "t"], analytics: ["motion", "intrusion", "face_detection"], edge: true,
    audio: false, poeClass: 4, heater: true, watts: 16 },
  { maker: vantwood, model: "VC-BX3", name: "VC-BX3 box camera", series: "VC Studio", env: "indoor",
    summary: "A 3 MP box camera for interchangeable lenses in lobbies, counters and casinos.",
    form: "box", mp: 3, lens: "varifocal", focal: [5, 50], fps: 60, wdr: 130, lux: 0.05,
    codecs: h264h265mjpeg, onvif: ["s", "g"], edge: false, audio: true, poeClass: 3, heater: false, watts: 6,
    extraPower: ["dc_12v", "ac_24v"] },
  { maker: acme, model: "AC-PTZ25", name: "AC-PTZ25 perimeter PTZ", series: "AC Track", env: "outdoor",
    summary: "A heavy-duty 25× PTZ with wiper and 90 W PoE that slews to alarms from Acme detectors.",
    form: "ptz", mp: 2, lens: "motorized_zoom", focal: [4.5, 112], fps: 60, wdr: 140, lux: 0.002, ir: 250,
    codecs: h264h265, onvif: ["s", "g", "t", "m"], analytics: ["motion", "intrusion", "object_classification"],
    edge: true, audio: true, poeClass: 8, heater: true, watts: 65, extraPower: ["ac_24v"] },
];

const poeInput = { 3: "poe_af", 4: "poe_at", 6: "poe_bt", 8: "poe_bt" } as const;

// Twelve fictional IP cameras; for the demo catalog.
export function buildDemoCameras(): SeedProduct[] {
  return cameras.map((r, i) => {
    const rng = rngFor(slugOf(r));
    return buildProduct("ip-cameras", r, {
      ...hardwareCommon(rng, r.env, r.series, i),
      form_factor: r.form,
      resolution: r.mp,
      lens_type: r.lens,
      focal_length: { min: mm(r.focal[0]), max: mm(r.focal[1]) },
      frame_rate: r.fps,
      wdr: r.wdr,
      min_illumination: r.lux,
      ir_range: r.ir,
      codecs: r.codecs,
      onvif_profiles: r.onvif,
      analytics: r.analytics,
      edge_storage: r.edge,
      audio: r.audio,
      poe_class: `class_${r.poeClass}`,
      heater: r.heater,
      power_inputs: [poeInput[r.poeClass], ...(r.extraPower ?? [])],
      max_power_draw: r.watts,
      weight: round(r.form === "ptz" ? 4 + rng() * 5 : 0.4 + rng() * 1.6, 2),
      certifications: rng() < 0.8 ? ["ul_62368", "fcc", "ce"] : ["fcc", "ce"],
    }, rng);
  });
}
