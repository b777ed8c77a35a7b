import { buildDemoLocks, buildDemoReaders } from "./demo/access";
import { buildDemoCameras } from "./demo/cameras";
import { buildDemoDetectors } from "./demo/detection";
import { buildDemoSwitches } from "./demo/switches";
import { buildDemoVms } from "./demo/vms";
import type { SeedProduct } from "./types";

// The demo catalog: twelve products in each of the six categories, all from invented manufacturers and flagged
// demo: true. Values are canonical (the registry's units) and about 10–20 % of each product's specs are left
// not stated on purpose. Deterministic: data tables plus a fixed-seed PRNG per product (db/seed/demo/kit.ts).

// Every demo product, in category order; for the seed script and tests.
export function buildDemoCatalog(): SeedProduct[] {
  return [
    ...buildDemoSwitches(),
    ...buildDemoLocks(),
    ...buildDemoReaders(),
    ...buildDemoDetectors(),
    ...buildDemoCameras(),
    ...buildDemoVms(),
  ];
}
