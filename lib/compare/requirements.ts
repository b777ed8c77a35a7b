import type { SpecFilter } from "@/lib/catalog-params";
import type { SpecDefinition, SpecValue } from "@/lib/specs";

export type RequirementOutcome = "pass" | "fail" | "unknown";

// Whether a canonical value meets a requirement (the filter grammar; for a multi-enum "includes" means every listed
// option is present, for an enum "one of"). A value that is not stated is "unknown", never a fail. For compare.
export function meetsRequirement(def: SpecDefinition, value: SpecValue | null, req: SpecFilter): RequirementOutcome {
  if (value === null) return "unknown";
  switch (req.kind) {
    case "number": {
      const n = value as number;
      return (req.min === undefined || n >= req.min) && (req.max === undefined || n <= req.max) ? "pass" : "fail";
    }
    case "covers": {
      const r = value as { min: number; max: number };
      return (req.min === undefined || r.min <= req.min) && (req.max === undefined || r.max >= req.max) ? "pass" : "fail";
    }
    case "boolean":
      return value === req.value ? "pass" : "fail";
    case "options":
      if (def.kind === "multi_enum") {
        const codes = value as string[];
        return req.values.every((v) => codes.includes(v)) ? "pass" : "fail";
      }
      return req.values.includes(value as string) ? "pass" : "fail";
  }
}
