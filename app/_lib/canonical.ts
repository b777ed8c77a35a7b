import "server-only";

type SearchParams = Record<string, string | string[] | undefined>;

// The query string a request arrived with, rebuilt from Next's searchParams (repeated keys kept in order).
function received(raw: SearchParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params.toString();
}

// Whether a request's query differs from the canonical one (a submitted GET form, repeated or empty fields), so
// the page can redirect to the clean, shareable URL. For pages whose state lives in the URL.
export function isNonCanonical(raw: SearchParams, canonical: string): boolean {
  const normalise = (text: string) => new URLSearchParams(text.replace(/^\?/, "")).toString();
  return normalise(received(raw)) !== normalise(canonical);
}
