import type { Metadata } from "next";
import { ImportForm } from "@/components/vendor/import-form";
import { VendorGate } from "@/components/vendor/vendor-gate";
import { categories } from "@/lib/specs";
import { requireVendorContext } from "../_lib/context";

export const metadata: Metadata = { title: "Bulk import" };

// Bulk import of listings from a CSV or JSON file; valid rows become drafts, every problem is reported per row
// and field. Vendors with an organization only.
export default async function ImportPage() {
  const context = await requireVendorContext("/vendor/import");
  if (context.kind !== "vendor") return <VendorGate kind={context.kind} title="Bulk import" />;
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Bulk import</h1>
        <p className="text-sm text-slate-700">
          CSV: one row per product with the columns <code>name</code>, <code>model_number</code>, optional{" "}
          <code>category</code>, <code>summary</code>, <code>datasheet_url</code>, <code>datasheet_page</code>, and one
          column per spec key (values with units, such as <code>30 W</code>; lists separated by <code>;</code>). JSON: an
          array of listings as the vendor API takes them. Valid rows become drafts you can review and submit.
        </p>
      </div>
      <ImportForm categories={categories.map((c) => ({ slug: c.slug, name: c.name }))} />
    </div>
  );
}
