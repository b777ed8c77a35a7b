import Link from "next/link";

interface Option {
  value: string;
  label: string;
}

interface QueueFiltersProps {
  vendors: Option[];
  categories: Option[];
  vendor?: string;
  category?: string;
}

// The queue's vendor and category filters: a plain GET form, so the state lives in the URL and works without
// JavaScript.
export function QueueFilters({ vendors, categories, vendor, category }: QueueFiltersProps) {
  return (
    <form method="get" action="/admin/moderation" className="flex flex-wrap items-end gap-3 text-sm" data-testid="queue-filters">
      <div className="flex flex-col gap-1">
        <label htmlFor="queue-vendor" className="font-medium">
          Vendor
        </label>
        <select id="queue-vendor" name="vendor" defaultValue={vendor ?? ""} className="rounded border border-slate-300 bg-white px-2 py-1">
          <option value="">All vendors</option>
          {vendors.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="queue-category" className="font-medium">
          Category
        </label>
        <select id="queue-category" name="category" defaultValue={category ?? ""} className="rounded border border-slate-300 bg-white px-2 py-1">
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
        Filter
      </button>
      {(vendor || category) && (
        <Link href="/admin/moderation" className="py-1 text-brand-700 underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
