import type { SpecSource, SpecValue } from "@/lib/specs";

/** One value to seed: canonical typed, or text with a unit ("30 W") parsed by the registry. */
export interface SeedSpec {
  value: SpecValue;
  source: SpecSource;
}

/** A product as the seed scripts describe it, before it is written to the database. */
export interface SeedProduct {
  slug: string;
  name: string;
  modelNumber: string;
  manufacturer: { slug: string; name: string; website?: string };
  /** A category slug from lib/specs. */
  category: string;
  summary: string;
  demo: boolean;
  specs: Record<string, SeedSpec>;
}
