import type { SpecSource } from "@/lib/specs";

export const sourceKindLabels: Record<SpecSource["kind"], string> = {
  seed_article: "Seed article",
  datasheet: "Datasheet",
  vendor_stated: "Vendor-stated",
  moderator_verified: "Moderator-verified",
  demo: "Demo data",
};

// A footnote link from a value to its source in the list under the spec table.
export function SourceMarker({ number, source }: { number: number; source: SpecSource }) {
  return (
    <a
      href={`#source-${number}`}
      className="ml-1 align-super text-xs text-brand-700 underline"
      title={`${sourceKindLabels[source.kind]}${source.quote ? `: “${source.quote}”` : ""}`}
      data-testid="source-marker"
    >
      [{number}]<span className="sr-only"> source: {sourceKindLabels[source.kind]}</span>
    </a>
  );
}
