import Link from "next/link";
import { clearCompare, moveInCompare, removeFromCompare } from "@/app/compare-actions";
import { MAX_COMPARE, MIN_COMPARE, serializeCompareQuery } from "@/lib/catalog-params";

interface TrayItem {
  slug: string;
  name: string;
  manufacturer: string;
}

function TrayButton({ action, slug, direction, label, children }: {
  action: (formData: FormData) => Promise<void>;
  slug: string;
  direction?: "left" | "right";
  label: string;
  children: React.ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="slug" value={slug} />
      {direction && <input type="hidden" name="direction" value={direction} />}
      <button type="submit" className="rounded px-1 text-slate-700 hover:bg-slate-200" aria-label={label} title={label}>
        {children}
      </button>
    </form>
  );
}

// The compare tray on every page: the products picked so far (up to six), each removable and movable, a clear
// button and the link to the comparison. Server-rendered from a cookie; works without JavaScript.
export function CompareTray({ items }: { items: TrayItem[] }) {
  if (items.length === 0) return null;
  const href = `/compare${serializeCompareQuery({ products: items.map((i) => i.slug), requirementText: {}, hideIdentical: false })}`;
  return (
    <aside
      aria-label="Compare tray"
      className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white/95 shadow-lg print:hidden"
      data-testid="compare-tray"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-4 py-2 text-sm">
        <span className="font-semibold">
          Compare ({items.length}/{MAX_COMPARE})
        </span>
        <ol className="flex flex-wrap items-center gap-2">
          {items.map((item, i) => (
            <li key={item.slug} className="flex items-center gap-1 rounded border border-slate-300 px-2 py-0.5" data-testid="tray-item">
              <span>
                {item.manufacturer} {item.name}
              </span>
              {i > 0 && (
                <TrayButton action={moveInCompare} slug={item.slug} direction="left" label={`Move ${item.name} left`}>
                  ←
                </TrayButton>
              )}
              {i < items.length - 1 && (
                <TrayButton action={moveInCompare} slug={item.slug} direction="right" label={`Move ${item.name} right`}>
                  →
                </TrayButton>
              )}
              <TrayButton action={removeFromCompare} slug={item.slug} label={`Remove ${item.name} from comparison`}>
                ×
              </TrayButton>
            </li>
          ))}
        </ol>
        <div className="ml-auto flex items-center gap-2">
          <form action={clearCompare}>
            <button type="submit" className="text-brand-700 underline">
              Clear
            </button>
          </form>
          {items.length >= MIN_COMPARE ? (
            <Link href={href} className="rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800">
              Compare now
            </Link>
          ) : (
            <span className="text-slate-600">Add one more product to compare</span>
          )}
        </div>
      </div>
    </aside>
  );
}
