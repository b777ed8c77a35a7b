// Turns a facet form's fields into the catalog's URL grammar without the registry or zod, so the browser bundle
// stays small; the server parses the result with parseCatalogQuery like any other URL. For the facet form.

const BARE_NUMBER = /^[+\-\u2212]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

// Gives a bare number the unit the form showed next to it ("262" beside "ft" → "262ft"); other text is kept,
// spaces removed. For the codec (server) and the facet form (browser).
export function withFormUnit(bound: string, unit: string | undefined): string {
  const text = bound.replace(/\s+/g, "");
  return unit && BARE_NUMBER.test(text) ? `${text}${unit}` : text;
}

// Builds "?category=…&key=lo..hi&key=a,b&sort=…" from form entries: `key.min`/`key.max` pairs become one
// `key=lo..hi` (prefixed "covers:" for range specs; bare numbers get the `key.unit` shown beside them), repeated
// values join with commas, empty fields drop out. Mirrors boundsText in filters.ts.
export function formEntriesToSearch(entries: Iterable<[string, string]>, coversKeys: readonly string[]): string {
  const values = new Map<string, string[]>();
  const bounds = new Map<string, { min: string; max: string; unit: string }>();
  for (const [name, raw] of entries) {
    const value = raw.trim();
    const bound = /^(.+)\.(min|max|unit)$/.exec(name);
    if (bound) {
      const pair = bounds.get(bound[1]) ?? { min: "", max: "", unit: "" };
      pair[bound[2] as "min" | "max" | "unit"] = value.replace(/\s+/g, "");
      bounds.set(bound[1], pair);
    } else if (value) {
      values.set(name, [...(values.get(name) ?? []), value]);
    }
  }
  for (const [key, { min, max, unit }] of bounds) {
    if (!min && !max) continue;
    values.set(key, [`${coversKeys.includes(key) ? "covers:" : ""}${withFormUnit(min, unit)}..${withFormUnit(max, unit)}`]);
  }
  const params = new URLSearchParams();
  const head = ["category", "manufacturer", "q"];
  const tail = ["sort", "page", "pageSize"];
  for (const key of head) if (values.has(key)) params.set(key, values.get(key)![0]);
  const specKeys = [...values.keys()].filter((k) => !head.includes(k) && !tail.includes(k)).sort();
  for (const key of specKeys) params.set(key, values.get(key)!.join(","));
  for (const key of tail) if (values.has(key)) params.set(key, values.get(key)![0]);
  const text = params.toString();
  return text ? `?${text}` : "";
}
