import { count, oneOf, quantity, range, someOf, yesNo } from "../builders";

const onvifProfiles = [["s", "Profile S"], ["g", "Profile G"], ["t", "Profile T"], ["m", "Profile M"],
  ["a", "Profile A"], ["c", "Profile C"], ["d", "Profile D"]] as const;

// Specs of IP cameras (domain-reference.md, "IP cameras").
export const cameraSpecs = [
  oneOf("form_factor", "Form factor", {
    group: "overview", facet: true, help: "Housing style.",
    options: [["bullet", "Bullet"], ["dome", "Dome"], ["turret", "Turret"], ["ptz", "PTZ"], ["fisheye", "Fisheye"],
      ["box", "Box"], ["multisensor", "Multi-sensor"]],
  }),
  quantity("resolution", "Resolution", {
    group: "imaging", dimension: "resolution", direction: "higher", facet: true, help: "Sensor resolution.",
  }),
  oneOf("lens_type", "Lens", {
    group: "imaging", facet: true, help: "Lens type.",
    options: [["fixed", "Fixed"], ["varifocal", "Varifocal"], ["motorized_zoom", "Motorised zoom"]],
  }),
  range("focal_length", "Focal length", {
    group: "imaging", dimension: "length", displayUnit: "mm", help: "Lens focal length (range for zoom lenses).",
  }),
  quantity("frame_rate", "Maximum frame rate", {
    group: "imaging", dimension: "frame_rate", direction: "higher", facet: true, help: "At full resolution.",
  }),
  quantity("wdr", "Wide dynamic range", {
    group: "imaging", dimension: "level", direction: "higher", facet: true, help: "WDR in decibels.",
  }),
  quantity("min_illumination", "Minimum illumination (colour)", {
    group: "imaging", dimension: "illuminance", direction: "lower", facet: true,
    help: "Lowest light level for a usable colour image.",
  }),
  quantity("ir_range", "IR illumination range", {
    group: "imaging", dimension: "length", displayUnit: "m", direction: "higher", facet: true,
    help: "Reach of the built-in infrared illuminator.",
  }),
  someOf("codecs", "Video codecs", {
    group: "imaging", facet: true, help: "Compression formats the camera streams.",
    options: [["h264", "H.264"], ["h265", "H.265"], ["mjpeg", "MJPEG"], ["av1", "AV1"]],
  }),
  someOf("onvif_profiles", "ONVIF profiles", {
    group: "compliance", facet: true, help: "ONVIF profiles the product conforms to (device or client side).",
    options: onvifProfiles,
  }),
  someOf("analytics", "Edge analytics", {
    group: "imaging", facet: true, help: "Analytics that run on the camera.",
    options: [["motion", "Motion detection"], ["line_crossing", "Line crossing"], ["intrusion", "Intrusion zone"],
      ["object_classification", "Object classification"], ["lpr", "Licence plate recognition"],
      ["face_detection", "Face detection"]],
  }),
  yesNo("edge_storage", "Edge storage", { group: "imaging", facet: true, help: "On-board SD card recording." }),
  yesNo("audio", "Audio", { group: "imaging", facet: true, help: "Audio input or output." }),
  oneOf("poe_class", "PoE class", {
    group: "ports", direction: "lower", facet: true, help: "IEEE 802.3 PoE class the camera requests.",
    // ordered by the power the class reserves at the switch, so "lower is better" ranks them correctly
    options: [["class_1", "Class 1 (4 W)"], ["class_2", "Class 2 (7 W)"], ["class_0", "Class 0 (15.4 W)"],
      ["class_3", "Class 3 (15.4 W)"], ["class_4", "Class 4 (30 W)"], ["class_5", "Class 5 (45 W)"],
      ["class_6", "Class 6 (60 W)"], ["class_7", "Class 7 (75 W)"], ["class_8", "Class 8 (90 W)"]],
  }),
  yesNo("heater", "Heater", { group: "environment", facet: true, help: "Built-in heater for cold climates." }),
];

// Specs of video management software (domain-reference.md, "Video management software").
export const vmsSpecs = [
  oneOf("deployment", "Deployment", {
    group: "software", facet: true, help: "Where the software runs.",
    options: [["on_prem", "On-premises"], ["cloud", "Cloud"], ["hybrid", "Hybrid"], ["appliance", "Appliance"]],
  }),
  oneOf("license_model", "Licence model", {
    group: "software", facet: true, help: "How the software is licensed.",
    options: [["perpetual", "Perpetual per channel"], ["subscription", "Subscription"], ["free", "Free"]],
  }),
  count("max_cameras", "Maximum cameras (system)", {
    group: "software", direction: "higher", facet: true, noun: ["camera", "cameras"],
    help: "Cameras one system can manage.",
  }),
  count("max_cameras_per_server", "Maximum cameras per server", {
    group: "software", direction: "higher", facet: true, noun: ["camera", "cameras"],
    help: "Cameras one recording server can handle.",
  }),
  someOf("server_os", "Server OS", {
    group: "software", facet: true, help: "Operating systems the server runs on.",
    options: [["windows", "Windows Server"], ["linux", "Linux"]],
  }),
  someOf("clients", "Clients", {
    group: "software", facet: true, help: "Ways operators use the system.",
    options: [["windows", "Windows"], ["macos", "macOS"], ["web", "Web browser"], ["ios", "iOS"], ["android", "Android"]],
  }),
  yesNo("failover", "Failover", { group: "software", direction: "higher", facet: true, help: "Automatic server failover." }),
  yesNo("federation", "Federation", {
    group: "software", direction: "higher", facet: true, help: "Joins several sites into one view.",
  }),
  someOf("integrations", "Integrations", {
    group: "software", facet: true, help: "Third-party systems it integrates with.",
    options: [["access_control", "Access control"], ["analytics", "Video analytics"], ["intrusion", "Intrusion panels"],
      ["lpr", "Licence plate recognition"], ["perimeter", "Perimeter detection"]],
  }),
  yesNo("mfa", "Multi-factor authentication", {
    group: "compliance", direction: "higher", facet: true, help: "Operators can be required to use MFA.",
  }),
  yesNo("sso", "Single sign-on", { group: "compliance", facet: true, help: "SAML or OpenID Connect sign-in." }),
];
