import { count, oneOf, quantity, someOf, yesNo } from "../builders";

// Specs of perimeter and intrusion detectors (domain-reference.md, "Perimeter / intrusion detection").
export const detectionSpecs = [
  oneOf("detection_technology", "Detection technology", {
    group: "detection", facet: true, help: "Physical principle used to detect intruders.",
    options: [["lidar", "LiDAR"], ["radar", "Radar"], ["pir", "Passive infrared (PIR)"], ["microwave", "Microwave"],
      ["active_ir_beam", "Active IR beam"], ["fence_sensor", "Fence sensor"], ["video_analytics", "Video analytics"],
      ["thermal", "Thermal imaging"]],
  }),
  oneOf("application", "Application", {
    group: "detection", facet: true, help: "Where and how the detector protects.",
    options: [["indoor_volumetric", "Indoor volumetric"], ["outdoor_volumetric", "Outdoor volumetric"],
      ["perimeter_line", "Perimeter line"], ["fence", "Fence-mounted"]],
  }),
  quantity("detection_radius", "Detection radius (person)", {
    group: "detection", dimension: "length", displayUnit: "m", direction: "higher", facet: true,
    help: "Distance within which a walking person is detected.",
  }),
  quantity("coverage_angle", "Horizontal coverage", {
    group: "detection", dimension: "angle", direction: "higher", facet: true,
    help: "Horizontal field of detection.",
  }),
  yesNo("portable", "Portable", {
    group: "detection", facet: true, help: "Designed to be moved and deployed temporarily.",
  }),
  someOf("classification", "Target classification", {
    group: "detection", facet: true, help: "Kinds of target the detector tells apart.",
    options: [["person", "Person"], ["vehicle", "Vehicle"], ["animal", "Animal"], ["drone", "Drone"]],
  }),
  count("tracked_targets", "Simultaneously tracked targets", {
    group: "detection", direction: "higher", facet: true, noun: ["target", "targets"],
    help: "Targets tracked at the same time.",
  }),
  oneOf("en50131_grade", "EN 50131 grade", {
    group: "compliance", direction: "higher", facet: true, help: "Intrusion security grade, 1 (low risk) to 4 (high).",
    options: [["grade_1", "Grade 1"], ["grade_2", "Grade 2"], ["grade_3", "Grade 3"], ["grade_4", "Grade 4"]],
  }),
];
