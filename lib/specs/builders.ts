import { dimensionDefs, type Dimension } from "@/lib/units";
import type {
  BooleanSpec,
  CountSpec,
  Direction,
  EnumSpec,
  MultiEnumSpec,
  QuantitySpec,
  RangeSpec,
  SpecGroup,
  SpecOption,
  TextSpec,
} from "./types";

interface Common {
  group: SpecGroup;
  direction?: Direction;
  facet?: boolean;
  help: string;
}

// Builds a quantity definition stored in the dimension's canonical unit; for registry modules.
export function quantity(
  key: string,
  label: string,
  o: Common & { dimension: Dimension; displayUnit?: string },
): QuantitySpec {
  const unit = dimensionDefs[o.dimension].canonical;
  return { kind: "quantity", key, label, group: o.group, direction: o.direction ?? "neutral", facet: o.facet ?? false,
    help: o.help, dimension: o.dimension, unit, displayUnit: o.displayUnit ?? unit };
}

// Builds a min..max range definition; for registry modules.
export function range(
  key: string,
  label: string,
  o: Common & { dimension: Dimension; displayUnit?: string },
): RangeSpec {
  const unit = dimensionDefs[o.dimension].canonical;
  return { kind: "range", key, label, group: o.group, direction: o.direction ?? "neutral", facet: o.facet ?? false,
    help: o.help, dimension: o.dimension, unit, displayUnit: o.displayUnit ?? unit };
}

// Builds an integer count definition ("6 ports"); for registry modules.
export function count(key: string, label: string, o: Common & { noun: [string, string] }): CountSpec {
  return { kind: "count", key, label, group: o.group, direction: o.direction ?? "neutral", facet: o.facet ?? false,
    help: o.help, noun: { one: o.noun[0], other: o.noun[1] } };
}

// Builds a yes / no / not-stated definition; for registry modules.
export function yesNo(key: string, label: string, o: Common): BooleanSpec {
  return { kind: "boolean", key, label, group: o.group, direction: o.direction ?? "neutral", facet: o.facet ?? false,
    help: o.help };
}

// Turns [value, label] pairs into ordered options; for registry modules.
export function options(pairs: ReadonlyArray<readonly [string, string]>): SpecOption[] {
  return pairs.map(([value, label], order) => ({ value, label, order }));
}

// Builds a single-choice definition; for registry modules.
export function oneOf(
  key: string,
  label: string,
  o: Common & { options: ReadonlyArray<readonly [string, string]> },
): EnumSpec {
  return { kind: "enum", key, label, group: o.group, direction: o.direction ?? "neutral", facet: o.facet ?? false,
    help: o.help, options: options(o.options) };
}

// Builds a multiple-choice definition; for registry modules.
export function someOf(
  key: string,
  label: string,
  o: Common & { options: ReadonlyArray<readonly [string, string]> },
): MultiEnumSpec {
  return { kind: "multi_enum", key, label, group: o.group, direction: o.direction ?? "neutral",
    facet: o.facet ?? false, help: o.help, options: options(o.options) };
}

// Builds a free-text definition; for registry modules.
export function text(key: string, label: string, o: Common & { maxLength?: number }): TextSpec {
  return { kind: "text", key, label, group: o.group, direction: "neutral", facet: false, help: o.help,
    maxLength: o.maxLength ?? 200 };
}
