import type { SeedProduct } from "../types";
import { buildProduct, hardwareCommon, makers, rngFor, round, slugOf, subset, type DemoRow, type Env } from "./kit";

interface DetectorRow extends DemoRow {
  series: string;
  env: Env;
  tech: string;
  application: string;
  /** Person detection radius in m; absent where a radius does not apply (fence sensors). */
  radius?: number;
  /** Horizontal coverage in degrees; absent for line sensors. */
  angle?: number;
  portable: boolean;
  classes?: string[];
  targets?: number;
  grade?: string;
  power: string[];
  /** Typical maximum draw in W. */
  watts: number;
}

const { acme, vantwood, fenmoor, copperlark } = makers;

// Radii span 10–250 m on both sides of 80 m, with 76 m and 85 m as near neighbours of the seed article's 80 m.
const rows: DetectorRow[] = [
  { maker: acme, model: "AP-L76", name: "AP-L76 3D LiDAR sensor", series: "AP LiDAR", env: "outdoor",
    summary: "A fixed 360° LiDAR head that tracks people and vehicles across open yards in three dimensions.",
    tech: "lidar", application: "outdoor_volumetric", radius: 76, angle: 360, portable: false,
    classes: ["person", "vehicle", "animal"], targets: 100, grade: "grade_3", power: ["poe_bt", "dc_24v"], watts: 42 },
  { maker: acme, model: "AP-L85M", name: "AP-L85M mobile LiDAR unit", series: "AP LiDAR", env: "outdoor",
    summary: "A battery-powered LiDAR tripod for temporary sites, events and construction compounds.",
    tech: "lidar", application: "outdoor_volumetric", radius: 85, angle: 360, portable: true,
    classes: ["person", "vehicle", "animal", "drone"], targets: 200, power: ["dc_24v", "battery"], watts: 38 },
  { maker: acme, model: "AP-R120", name: "AP-R120 ground radar", series: "AP Radar", env: "outdoor",
    summary: "A 90° ground-surveillance radar that cues PTZ cameras onto intruders at medium range.",
    tech: "radar", application: "outdoor_volumetric", radius: 120, angle: 90, portable: false,
    classes: ["person", "vehicle"], targets: 64, grade: "grade_3", power: ["poe_at", "dc_24v"], watts: 18 },
  { maker: acme, model: "AP-R250T", name: "AP-R250T trailer radar", series: "AP Radar", env: "outdoor",
    summary: "A long-range radar on a towable solar trailer for pipelines, borders and remote substations.",
    tech: "radar", application: "outdoor_volumetric", radius: 250, angle: 120, portable: true,
    classes: ["person", "vehicle", "animal"], targets: 128, power: ["dc_24v", "battery"], watts: 30 },
  { maker: acme, model: "AP-B200", name: "AP-B200 active IR beam", series: "AP Beam", env: "outdoor",
    summary: "A four-beam infrared barrier that guards a straight line of fence up to 200 m long.",
    tech: "active_ir_beam", application: "perimeter_line", radius: 200, portable: false, grade: "grade_3",
    power: ["dc_12v", "dc_24v"], watts: 4 },
  { maker: vantwood, model: "VW-P10C", name: "VW-P10C ceiling PIR detector", series: "VW Indoor", env: "indoor",
    summary: "A 360° ceiling-mount passive infrared detector for open-plan offices and warehouses.",
    tech: "pir", application: "indoor_volumetric", radius: 10, angle: 360, portable: false, grade: "grade_2",
    power: ["dc_12v"], watts: 0.3 },
  { maker: vantwood, model: "VW-D18", name: "VW-D18 microwave detector", series: "VW Indoor", env: "indoor",
    summary: "A wall-mount microwave detector with anti-masking for corridors and stores.",
    tech: "microwave", application: "indoor_volumetric", radius: 18, angle: 85, portable: false, grade: "grade_3",
    power: ["dc_12v"], watts: 0.5 },
  { maker: vantwood, model: "VW-O30", name: "VW-O30 outdoor PIR detector", series: "VW Outdoor", env: "outdoor",
    summary: "A weatherproof PIR with pet-size filtering for gardens, façades and loading bays.",
    tech: "pir", application: "outdoor_volumetric", radius: 30, angle: 100, portable: false,
    classes: ["person", "animal"], grade: "grade_2", power: ["dc_12v"], watts: 0.6 },
  { maker: vantwood, model: "VW-T150", name: "VW-T150 thermal perimeter sensor", series: "VW Thermal",
    env: "outdoor", summary: "A thermal imaging sensor with onboard analytics that detects people in total darkness.",
    tech: "thermal", application: "perimeter_line", radius: 150, angle: 50, portable: false,
    classes: ["person", "vehicle"], targets: 32, power: ["poe_at", "dc_24v"], watts: 11 },
  { maker: fenmoor, model: "FD-MW50", name: "FD-MW50 outdoor microwave sensor", series: "FD Field", env: "outdoor",
    summary: "A narrow-beam outdoor microwave sensor for gate approaches and roadways.",
    tech: "microwave", application: "perimeter_line", radius: 50, angle: 12, portable: false, grade: "grade_3",
    power: ["dc_12v", "dc_24v"], watts: 2.5 },
  { maker: copperlark, model: "CL-FS300", name: "CL-FS300 fence vibration sensor", series: "Lark Perimeter",
    env: "outdoor",
    summary: "A cable-based sensor that detects climbing and cutting along up to 300 m of chain-link fence.",
    tech: "fence_sensor", application: "fence", portable: false, grade: "grade_3", power: ["dc_12v"], watts: 3 },
  { maker: copperlark, model: "CL-VA60", name: "CL-VA60 analytics sensor", series: "Lark Perimeter",
    env: "outdoor", summary: "A camera-based detector whose deep-learning analytics classify what crosses its zone.",
    tech: "video_analytics", application: "outdoor_volumetric", radius: 60, angle: 95, portable: false,
    classes: ["person", "vehicle", "animal"], targets: 50, power: ["poe_at"], watts: 9 },
];

// Twelve fictional perimeter and intrusion detectors; for the demo catalog.
export function buildDemoDetectors(): SeedProduct[] {
  return rows.map((r, i) => {
    const rng = rngFor(slugOf(r));
    return buildProduct("perimeter-detection", r, {
      ...hardwareCommon(rng, r.env, r.series, i),
      detection_technology: r.tech,
      application: r.application,
      detection_radius: r.radius,
      coverage_angle: r.angle,
      portable: r.portable,
      classification: r.classes,
      tracked_targets: r.targets,
      en50131_grade: r.grade,
      power_inputs: r.power,
      max_power_draw: r.watts,
      weight: round(r.watts > 10 ? 3 + rng() * 9 : 0.15 + rng() * 1.5, 2),
      certifications: subset(rng, r.grade ? ["fcc", "ce", "en_50131"] : ["fcc", "ce"], 0.7),
    }, rng);
  });
}
