import type { Dimension } from "@/lib/units";

export const specKinds = ["quantity", "count", "range", "boolean", "enum", "multi_enum", "text"] as const;
export type SpecKind = (typeof specKinds)[number];

/** Which way is better when comparing: for ranges "higher" means a wider range is better. */
export type Direction = "higher" | "lower" | "neutral";

export const specGroups = [
  { key: "overview", label: "Overview" },
  { key: "ports", label: "Ports and power" },
  { key: "credentials", label: "Credentials and interfaces" },
  { key: "detection", label: "Detection" },
  { key: "imaging", label: "Imaging" },
  { key: "software", label: "Software and deployment" },
  { key: "environment", label: "Environment and physical" },
  { key: "compliance", label: "Compliance and security" },
] as const;
export type SpecGroup = (typeof specGroups)[number]["key"];

export interface SpecOption {
  value: string;
  label: string;
  /** Position in lists; for enums with a direction, a higher order is better when direction is "higher". */
  order: number;
}

interface SpecBase {
  key: string;
  label: string;
  group: SpecGroup;
  direction: Direction;
  /** Offered as a filter (facet) in the catalog. */
  facet: boolean;
  help: string;
}

export interface QuantitySpec extends SpecBase {
  kind: "quantity";
  dimension: Dimension;
  /** Canonical (stored) unit: always the dimension's canonical unit. */
  unit: string;
  /** Metric display unit (the imperial one is derived); defaults to the canonical unit. */
  displayUnit: string;
}

export interface RangeSpec extends SpecBase {
  kind: "range";
  dimension: Dimension;
  unit: string;
  displayUnit: string;
}

export interface CountSpec extends SpecBase {
  kind: "count";
  /** What is counted, for display: "6 ports". */
  noun: { one: string; other: string };
}

export interface BooleanSpec extends SpecBase {
  kind: "boolean";
}

export interface EnumSpec extends SpecBase {
  kind: "enum";
  options: readonly SpecOption[];
}

export interface MultiEnumSpec extends SpecBase {
  kind: "multi_enum";
  options: readonly SpecOption[];
}

export interface TextSpec extends SpecBase {
  kind: "text";
  maxLength: number;
}

export type SpecDefinition =
  | QuantitySpec
  | RangeSpec
  | CountSpec
  | BooleanSpec
  | EnumSpec
  | MultiEnumSpec
  | TextSpec;

/** A canonical spec value: what is stored, compared and served by the API. */
export type SpecValue = number | { min: number; max: number } | boolean | string | string[];

export const sourceKinds = ["seed_article", "datasheet", "vendor_stated", "moderator_verified", "demo"] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** Where a value comes from: the kind of source and, where known, a URL, a page and the quoted sentence. */
export interface SpecSource {
  kind: SourceKind;
  url?: string | null;
  page?: string | null;
  quote?: string | null;
  title?: string | null;
}

export interface CategoryDefinition {
  slug: string;
  name: string;
  singular: string;
  description: string;
  /** Spec keys in display order. */
  specs: readonly string[];
  /** The few keys shown on product cards. */
  keySpecs: readonly string[];
}
