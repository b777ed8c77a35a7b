import Link from "next/link";
import { ListingsTable } from "@/components/vendor/listings-table";
import { VendorGate } from "@/components/vendor/vendor-gate";
import { getDb } from "@/db";
import { listListings } from "@/db/queries/listings";
import { requireVendorContext } from "./_lib/context";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The portal's home: the organization's listings with their states and the moderator's reasons. Staff see a
// pointer to the moderation queue; a vendor without an organization sees the onboarding form.
export default async function VendorHomePage({ searchParams }: { searchParams: SearchParams }) {
  const context = await requireVendorContext("/vendor");
  if (context.kind !== "vendor") return <VendorGate kind={context.kind} title="Vendor portal" />;
  const listings = await listListings(getDb(), context.actor);
  const submitted = (await searchParams).submitted;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Your listings</h1>
        <div className="flex gap-2 text-sm">
          <Link href="/vendor/listings/new" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">
            New listing
          </Link>
          <Link href="/vendor/import" className="rounded border border-brand-700 bg-white px-3 py-1.5 font-semibold text-brand-700">
            Bulk import
          </Link>
        </div>
      </div>
      {typeof submitted === "string" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="submitted-notice">
          Submitted for review. A moderator will approve it, reject it or ask for changes; the reason appears here.
        </p>
      )}
      {listings.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-sm shadow-sm">
          No listings yet. <Link href="/vendor/listings/new" className="text-brand-700 underline">Create your first listing</Link>{" "}
          or <Link href="/vendor/import" className="text-brand-700 underline">import a file</Link>.
        </p>
      ) : (
        <ListingsTable listings={listings} />
      )}
    </div>
  );
}
