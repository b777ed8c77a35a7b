import type { Metadata } from "next";
import Link from "next/link";
import { ListingForm } from "@/components/vendor/listing-form";
import { VendorGate } from "@/components/vendor/vendor-gate";
import { categories, getCategory } from "@/lib/specs";
import { requireVendorContext } from "../../_lib/context";

export const metadata: Metadata = { title: "New listing" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const emptyDraft = { name: "", modelNumber: "", summary: "", specs: {} };

// A new listing: first the category (a GET form, so the choice is in the URL), then the form generated from
// that category's specs. Vendors with an organization only.
export default async function NewListingPage({ searchParams }: { searchParams: SearchParams }) {
  const context = await requireVendorContext("/vendor/listings/new");
  if (context.kind !== "vendor") return <VendorGate kind={context.kind} title="New listing" />;
  const raw = (await searchParams).category;
  const category = typeof raw === "string" ? getCategory(raw) : undefined;
  if (!category) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">New listing</h1>
        <form method="get" className="max-w-2xl space-y-4" data-testid="category-picker">
          <fieldset className="space-y-2 rounded-lg bg-white p-4 shadow-sm" aria-describedby={raw ? "category-error" : undefined}>
            <legend className="px-1 text-lg font-semibold">Category</legend>
            {raw && (
              <p id="category-error" className="text-sm text-red-700" data-testid="error-category">
                Choose one of the categories below.
              </p>
            )}
            {categories.map((c, i) => (
              <label key={c.slug} className="flex gap-2 rounded p-2 hover:bg-slate-50">
                <input type="radio" name="category" value={c.slug} required defaultChecked={i === 0} className="mt-1" />
                <span>
                  <span className="font-semibold">{c.name}</span>
                  <span className="block text-sm text-slate-600">{c.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            Continue
          </button>
        </form>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">New {category.singular}</h1>
        <p className="text-sm text-slate-700">
          {category.name} ·{" "}
          <Link href="/vendor/listings/new" className="text-brand-700 underline">
            Change category
          </Link>
        </p>
      </div>
      <p className="text-sm text-slate-700">
        Leave a field empty when the product&apos;s documents do not state it. Type numbers and pick the unit beside
        them, or type the unit yourself (&ldquo;30 W&rdquo;).
      </p>
      <ListingForm mode="create" categorySlug={category.slug} initial={{ draft: emptyDraft, version: 0, errors: {} }} />
    </div>
  );
}
