// The unit table: every dimension the spec registry uses, its canonical (stored) unit, and the units people
// type or read. Factors are the exact definitions (NIST SP 811 / SI brochure); unit codes are UN/CEFACT Rec. 20.

export const dimensions = [
  "power",
  "length",
  "temperature",
  "data_rate",
  "data_size",
  "voltage",
  "current",
  "mass",
  "energy",
  "angle",
  "frequency",
  "illuminance",
  "duration",
  "area",
  "percent",
  "level",
  "resolution",
  "frame_rate",
] as const;

export type Dimension = (typeof dimensions)[number];

export type UnitSystem = "metric" | "imperial";

export interface UnitDef {
  /** The symbol shown to people and accepted in input, e.g. "kW". */
  symbol: string;
  dimension: Dimension;
  /** canonical = value × factor + offset */
  factor: number;
  offset?: number;
  /** Other spellings accepted when parsing (matched exactly, then case-insensitively where safe). */
  aliases?: readonly string[];
  /** UN/CEFACT common code, used as schema.org unitCode. */
  unitCode?: string;
  /** True for US customary units: converted values are rounded for display. */
  imperial?: boolean;
}

interface DimensionDef {
  /** Used in messages: "expected a power". */
  noun: string;
  canonical: string;
  /** Whether "Mb" and "MB" style case differences carry meaning, so input is never case-folded. */
  caseSensitive?: boolean;
}

export const dimensionDefs: Record<Dimension, DimensionDef> = {
  power: { noun: "a power", canonical: "W" },
  length: { noun: "a length", canonical: "m" },
  temperature: { noun: "a temperature", canonical: "°C" },
  data_rate: { noun: "a data rate", canonical: "bit/s", caseSensitive: true },
  data_size: { noun: "a data size", canonical: "B", caseSensitive: true },
  voltage: { noun: "a voltage", canonical: "V" },
  current: { noun: "a current", canonical: "A" },
  mass: { noun: "a mass", canonical: "kg" },
  energy: { noun: "an energy", canonical: "J" },
  angle: { noun: "an angle", canonical: "°" },
  frequency: { noun: "a frequency", canonical: "Hz" },
  illuminance: { noun: "an illuminance", canonical: "lx" },
  duration: { noun: "a duration", canonical: "s" },
  area: { noun: "an area", canonical: "m²" },
  percent: { noun: "a percentage", canonical: "%" },
  level: { noun: "a level in decibels", canonical: "dB" },
  resolution: { noun: "a resolution in megapixels", canonical: "MP" },
  frame_rate: { noun: "a frame rate", canonical: "fps" },
};

const FOOT = 0.3048; // exact, international foot (1959)
const INCH = 0.0254; // exact
const POUND = 0.45359237; // exact
const DAY = 86_400;
const JULIAN_YEAR = 365.25 * DAY;

export const units: readonly UnitDef[] = [
  // power
  { symbol: "W", dimension: "power", factor: 1, aliases: ["watt", "watts"], unitCode: "WTT" },
  { symbol: "kW", dimension: "power", factor: 1000, aliases: ["kilowatt", "kilowatts"], unitCode: "KWT" },
  { symbol: "mW", dimension: "power", factor: 0.001, aliases: ["milliwatt", "milliwatts"], unitCode: "C31" },
  // length
  { symbol: "m", dimension: "length", factor: 1, aliases: ["meter", "meters", "metre", "metres"], unitCode: "MTR" },
  { symbol: "km", dimension: "length", factor: 1000, aliases: ["kilometer", "kilometers", "kilometre", "kilometres"], unitCode: "KMT" },
  { symbol: "cm", dimension: "length", factor: 0.01, aliases: ["centimeter", "centimeters", "centimetre", "centimetres"], unitCode: "CMT" },
  { symbol: "mm", dimension: "length", factor: 0.001, aliases: ["millimeter", "millimeters", "millimetre", "millimetres"], unitCode: "MMT" },
  { symbol: "ft", dimension: "length", factor: FOOT, aliases: ["foot", "feet", "'"], unitCode: "FOT", imperial: true },
  { symbol: "in", dimension: "length", factor: INCH, aliases: ["inch", "inches", '"'], unitCode: "INH", imperial: true },
  { symbol: "yd", dimension: "length", factor: 3 * FOOT, aliases: ["yard", "yards"], unitCode: "YRD", imperial: true },
  { symbol: "mi", dimension: "length", factor: 5280 * FOOT, aliases: ["mile", "miles"], unitCode: "SMI", imperial: true },
  // temperature: canonical °C; K and °F carry an offset
  { symbol: "°C", dimension: "temperature", factor: 1, aliases: ["C", "℃", "degC", "celsius"], unitCode: "CEL" },
  { symbol: "°F", dimension: "temperature", factor: 5 / 9, offset: -32 * (5 / 9), aliases: ["F", "℉", "degF", "fahrenheit"], unitCode: "FAH", imperial: true },
  { symbol: "K", dimension: "temperature", factor: 1, offset: -273.15, aliases: ["kelvin"], unitCode: "KEL" },
  // data rate (decimal prefixes)
  { symbol: "bit/s", dimension: "data_rate", factor: 1, aliases: ["bps", "b/s"], unitCode: "B10" },
  { symbol: "kbit/s", dimension: "data_rate", factor: 1e3, aliases: ["kbps", "kb/s", "Kbps", "kbit/s"], unitCode: "C74" },
  { symbol: "Mbit/s", dimension: "data_rate", factor: 1e6, aliases: ["Mbps", "Mb/s", "mbps"], unitCode: "E20" },
  { symbol: "Gbit/s", dimension: "data_rate", factor: 1e9, aliases: ["Gbps", "Gb/s", "gbps"], unitCode: "B80" },
  // data size: decimal and binary kept apart
  { symbol: "B", dimension: "data_size", factor: 1, aliases: ["byte", "bytes"], unitCode: "AD" },
  { symbol: "kB", dimension: "data_size", factor: 1e3, aliases: ["KB"], unitCode: "2P" },
  { symbol: "MB", dimension: "data_size", factor: 1e6, unitCode: "4L" },
  { symbol: "GB", dimension: "data_size", factor: 1e9, unitCode: "E34" },
  { symbol: "TB", dimension: "data_size", factor: 1e12, unitCode: "E35" },
  { symbol: "KiB", dimension: "data_size", factor: 2 ** 10, unitCode: "E64" },
  { symbol: "MiB", dimension: "data_size", factor: 2 ** 20, unitCode: "E63" },
  { symbol: "GiB", dimension: "data_size", factor: 2 ** 30, unitCode: "E62" },
  { symbol: "TiB", dimension: "data_size", factor: 2 ** 40, unitCode: "E61" },
  // voltage, current
  { symbol: "V", dimension: "voltage", factor: 1, aliases: ["volt", "volts", "VDC", "VAC"], unitCode: "VLT" },
  { symbol: "mV", dimension: "voltage", factor: 0.001, aliases: ["millivolt", "millivolts"], unitCode: "2Z" },
  { symbol: "kV", dimension: "voltage", factor: 1000, aliases: ["kilovolt", "kilovolts"], unitCode: "KVT" },
  { symbol: "A", dimension: "current", factor: 1, aliases: ["amp", "amps", "ampere", "amperes"], unitCode: "AMP" },
  { symbol: "mA", dimension: "current", factor: 0.001, aliases: ["milliamp", "milliamps", "milliampere", "milliamperes"], unitCode: "4K" },
  // mass
  { symbol: "kg", dimension: "mass", factor: 1, aliases: ["kilogram", "kilograms", "kgs"], unitCode: "KGM" },
  { symbol: "g", dimension: "mass", factor: 0.001, aliases: ["gram", "grams"], unitCode: "GRM" },
  { symbol: "lb", dimension: "mass", factor: POUND, aliases: ["lbs", "pound", "pounds"], unitCode: "LBR", imperial: true },
  { symbol: "oz", dimension: "mass", factor: POUND / 16, aliases: ["ounce", "ounces"], unitCode: "ONZ", imperial: true },
  // energy
  { symbol: "J", dimension: "energy", factor: 1, aliases: ["joule", "joules"], unitCode: "JOU" },
  { symbol: "kJ", dimension: "energy", factor: 1000, aliases: ["kilojoule", "kilojoules"], unitCode: "KJO" },
  { symbol: "Wh", dimension: "energy", factor: 3600, aliases: ["watt-hour", "watt-hours"], unitCode: "WHR" },
  { symbol: "kWh", dimension: "energy", factor: 3.6e6, aliases: ["kilowatt-hour", "kilowatt-hours"], unitCode: "KWH" },
  // angle
  { symbol: "°", dimension: "angle", factor: 1, aliases: ["deg", "degree", "degrees"], unitCode: "DD" },
  { symbol: "rad", dimension: "angle", factor: 180 / Math.PI, aliases: ["radian", "radians"], unitCode: "C81" },
  // frequency
  { symbol: "Hz", dimension: "frequency", factor: 1, aliases: ["hertz"], unitCode: "HTZ" },
  { symbol: "kHz", dimension: "frequency", factor: 1e3, aliases: ["kilohertz"], unitCode: "KHZ" },
  { symbol: "MHz", dimension: "frequency", factor: 1e6, aliases: ["megahertz"], unitCode: "MHZ" },
  { symbol: "GHz", dimension: "frequency", factor: 1e9, aliases: ["gigahertz"], unitCode: "A86" },
  // illuminance: 1 fc = 1 lm/ft² = 1 / 0.3048² lx
  { symbol: "lx", dimension: "illuminance", factor: 1, aliases: ["lux"], unitCode: "LUX" },
  { symbol: "fc", dimension: "illuminance", factor: 1 / (FOOT * FOOT), aliases: ["footcandle", "footcandles", "foot-candle", "foot-candles"], imperial: true },
  // duration
  { symbol: "s", dimension: "duration", factor: 1, aliases: ["sec", "second", "seconds"], unitCode: "SEC" },
  { symbol: "ms", dimension: "duration", factor: 0.001, aliases: ["millisecond", "milliseconds"], unitCode: "C26" },
  { symbol: "min", dimension: "duration", factor: 60, aliases: ["minute", "minutes"], unitCode: "MIN" },
  { symbol: "h", dimension: "duration", factor: 3600, aliases: ["hr", "hrs", "hour", "hours"], unitCode: "HUR" },
  { symbol: "d", dimension: "duration", factor: DAY, aliases: ["day", "days"], unitCode: "DAY" },
  { symbol: "years", dimension: "duration", factor: JULIAN_YEAR, aliases: ["year", "yr", "yrs", "y"], unitCode: "ANN" },
  // area
  { symbol: "m²", dimension: "area", factor: 1, aliases: ["m2", "m^2", "sq m"], unitCode: "MTK" },
  { symbol: "ft²", dimension: "area", factor: FOOT * FOOT, aliases: ["ft2", "ft^2", "sq ft"], unitCode: "FTK", imperial: true },
  // dimensionless-with-a-unit
  { symbol: "%", dimension: "percent", factor: 1, aliases: ["percent", "%RH", "% RH"], unitCode: "P1" },
  { symbol: "dB", dimension: "level", factor: 1, aliases: ["decibel", "decibels"], unitCode: "2N" },
  { symbol: "MP", dimension: "resolution", factor: 1, aliases: ["megapixel", "megapixels", "Mpx"] },
  { symbol: "fps", dimension: "frame_rate", factor: 1, aliases: ["frames/s", "frame/s"] },
];

/** Imperial display unit for a metric display unit, where one exists. */
export const imperialCounterpart: Readonly<Record<string, string>> = {
  m: "ft",
  km: "mi",
  cm: "in",
  mm: "in",
  "°C": "°F",
  kg: "lb",
  g: "oz",
  lx: "fc",
  "m²": "ft²",
};
