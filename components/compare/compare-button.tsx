import { addToCompare, removeFromCompare } from "@/app/compare-actions";
import { MAX_COMPARE } from "@/lib/catalog-params/compare-limits";

// "Compare" on a product card or page: adds the product to the tray, or removes it when it is already there.
// A plain form posting to a server action, so it works without JavaScript.
export function CompareButton({ slug, name, tray }: { slug: string; name: string; tray: readonly string[] }) {
  const inTray = tray.includes(slug);
  const full = !inTray && tray.length >= MAX_COMPARE;
  return (
    <form action={inTray ? removeFromCompare : addToCompare} data-testid="compare-button">
      <input type="hidden" name="slug" value={slug} />
      <button
        type="submit"
        disabled={full}
        aria-pressed={inTray}
        className="btn-compare"
      >
        {inTray ? "✓ Comparing" : full ? `Compare (tray full, ${MAX_COMPARE})` : "Compare"}
        <span className="sr-only"> {name}</span>
      </button>
    </form>
  );
}
