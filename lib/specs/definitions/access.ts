import { oneOf, quantity, range, someOf, yesNo } from "../builders";

// Specs of electronic locks and access readers (domain-reference.md, "Electronic locks", "Access readers").
export const accessSpecs = [
  someOf("credential_technologies", "Credential technologies", {
    group: "credentials", facet: true, help: "Credentials the device reads.",
    options: [["mifare_classic", "MIFARE Classic"], ["mifare_plus", "MIFARE Plus"], ["mifare_desfire", "MIFARE DESFire"],
      ["iclass", "HID iCLASS"], ["seos", "HID Seos"], ["prox_125khz", "125 kHz proximity"], ["ble", "Bluetooth LE"],
      ["nfc", "NFC"], ["pin", "PIN"], ["mobile_wallet", "Mobile wallet"], ["biometric", "Biometric"]],
  }),
  oneOf("lock_form", "Lock form", {
    group: "overview", facet: true, help: "Mechanical form of the lock.",
    options: [["mortise", "Mortise"], ["cylindrical", "Cylindrical"], ["escutcheon", "Escutcheon"],
      ["cylinder", "Cylinder"], ["deadbolt", "Deadbolt"], ["cabinet", "Cabinet / locker"], ["padlock", "Padlock"]],
  }),
  someOf("online_modes", "Online modes", {
    group: "credentials", facet: true, help: "How the lock receives access rights and reports events.",
    options: [["offline", "Offline (stand-alone)"], ["data_on_card", "Data-on-card"], ["real_time", "Real-time online"],
      ["wired", "Wired online"]],
  }),
  quantity("battery_life", "Battery life", {
    group: "ports", dimension: "duration", displayUnit: "years", direction: "higher", facet: true,
    help: "Typical battery life at the manufacturer's stated usage.",
  }),
  oneOf("bhma_grade", "ANSI/BHMA grade", {
    group: "overview", direction: "higher", facet: true, help: "ANSI/BHMA performance grade; Grade 1 is the strongest.",
    options: [["grade_3", "Grade 3"], ["grade_2", "Grade 2"], ["grade_1", "Grade 1"]],
  }),
  yesNo("fire_rated", "Fire rated", { group: "compliance", direction: "higher", facet: true, help: "Listed for fire doors." }),
  someOf("reader_interfaces", "Panel interfaces", {
    group: "credentials", facet: true, help: "How the reader talks to the access panel.",
    options: [["osdp_v2", "OSDP v2.2"], ["osdp_secure", "OSDP Secure Channel"], ["wiegand_26", "Wiegand 26-bit"],
      ["wiegand_34", "Wiegand 34-bit"], ["wiegand_37", "Wiegand 37-bit"], ["rs485", "RS-485 (proprietary)"]],
  }),
  quantity("read_range", "Read range", {
    group: "credentials", dimension: "length", displayUnit: "mm", direction: "higher", facet: true,
    help: "Typical card read distance.",
  }),
  range("supply_voltage", "Supply voltage", {
    group: "ports", dimension: "voltage", help: "DC supply voltage range.",
  }),
  quantity("current_draw", "Current draw", {
    group: "ports", dimension: "current", displayUnit: "mA", direction: "lower", facet: true,
    help: "Typical current at the rated supply voltage.",
  }),
  yesNo("keypad", "Keypad", { group: "credentials", facet: true, help: "Has a PIN keypad." }),
];
