import "server-only";
import type { Db } from "../index";
import { buildSearchIndex, readCatalogVersion, type SearchIndex } from "./build";

// One index per database handle (the app has one; tests open several), rebuilt when the catalog version moves;
// concurrent callers share one build. Kept on globalThis: Next bundles route handlers and pages separately, and
// each bundle would otherwise build (and hold) its own copy of the index.
const globalCache = globalThis as unknown as { specgridSearchIndexes?: WeakMap<object, { version: number; index: Promise<SearchIndex> }> };
const cache = (globalCache.specgridSearchIndexes ??= new WeakMap());

// The search index of a database at its current catalog version, building it when missing or stale; for
// searchCatalog. Costs one small query when the index is current.
export async function getSearchIndex(db: Db): Promise<SearchIndex> {
  const version = await readCatalogVersion(db);
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached.index;
  const index = buildSearchIndex(db);
  cache.set(db, { version, index });
  try {
    const built = await index;
    // a change landed while building: the index is at least as new as `version`, keep it under that version
    return built;
  } catch (error) {
    cache.delete(db);
    throw error;
  }
}

// The index this database handle holds now, current or not (undefined before the first build); for searchCatalog,
// which answers from it and then checks its version against the one its page fetch saw.
export function peekSearchIndex(db: Db): Promise<SearchIndex> | undefined {
  return cache.get(db)?.index;
}
