import type { SpecDefinition, SpecSource, SpecValue } from "@/lib/specs";
import type { ProductSpecRow } from "./schema";

export type SpecColumns = Pick<ProductSpecRow, "kind" | "number" | "rangeMin" | "rangeMax" | "flag" | "code" | "codes" | "text">;
export type SourceColumns = Pick<ProductSpecRow, "sourceKind" | "sourceUrl" | "sourcePage" | "sourceQuote" | "sourceTitle">;

const empty = { number: null, rangeMin: null, rangeMax: null, flag: null, code: null, codes: null, text: null };

// Maps a canonical value (already validated by parseSpecInput) to its typed columns; for writers of product_specs.
export function toSpecColumns(def: SpecDefinition, value: SpecValue): SpecColumns {
  switch (def.kind) {
    case "quantity":
    case "count":
      return { ...empty, kind: def.kind, number: value as number };
    case "range": {
      const r = value as { min: number; max: number };
      return { ...empty, kind: def.kind, rangeMin: r.min, rangeMax: r.max };
    }
    case "boolean":
      return { ...empty, kind: def.kind, flag: value as boolean };
    case "enum":
      return { ...empty, kind: def.kind, code: value as string };
    case "multi_enum":
      return { ...empty, kind: def.kind, codes: value as string[] };
    case "text":
      return { ...empty, kind: def.kind, text: value as string };
  }
}

// Reads the canonical value back from a product_specs row; for query functions.
export function fromSpecColumns(row: SpecColumns): SpecValue | null {
  switch (row.kind) {
    case "quantity":
    case "count":
      return row.number;
    case "range":
      return row.rangeMin === null || row.rangeMax === null ? null : { min: row.rangeMin, max: row.rangeMax };
    case "boolean":
      return row.flag;
    case "enum":
      return row.code;
    case "multi_enum":
      return row.codes;
    case "text":
      return row.text;
  }
}

// Maps a provenance record to its columns; for writers of product_specs.
export function toSourceColumns(source: SpecSource): SourceColumns {
  return {
    sourceKind: source.kind,
    sourceUrl: source.url ?? null,
    sourcePage: source.page ?? null,
    sourceQuote: source.quote ?? null,
    sourceTitle: source.title ?? null,
  };
}

// Reads a provenance record back from its columns; for query functions.
export function fromSourceColumns(row: SourceColumns): SpecSource {
  return { kind: row.sourceKind, url: row.sourceUrl, page: row.sourcePage, quote: row.sourceQuote, title: row.sourceTitle };
}
