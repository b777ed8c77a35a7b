import type { Metadata } from "next";
import Link from "next/link";
import { ListingHistory } from "@/components/listings/listing-history";
import { ListingBadges } from "@/components/vendor/status-badge";
import { VendorGate } from "@/components/vendor/vendor-gate";
import { getDb } from "@/db";
import { listAuditEntries } from "@/db/queries/audit";
import { listRevisions } from "@/db/queries/listings";
import { requireVendorContext } from "../../../_lib/context";
import { loadOwnListing } from "../../../_lib/listing";

export const metadata: Metadata = { title: "Listing history" };

type Params = Promise<{ id: string }>;

// A listing's revisions (author, time, decision and reason) and its audit trail; vendors of the listing's
// organization only (the listing is loaded through getListing first, which applies the read rule).
export default async function ListingHistoryPage({ params }: { params: Params }) {
  const { id } = await params;
  const context = await requireVendorContext(`/vendor/listings/${id}/history`);
  if (context.kind !== "vendor") return <VendorGate kind={context.kind} title="Listing history" />;
  const listing = await loadOwnListing(context.actor, id);
  const [revisions, audit] = await Promise.all([
    listRevisions(getDb(), context.actor, listing.id),
    listAuditEntries(getDb(), "listing", listing.id),
  ]);
  const name = listing.name?.trim() || "Untitled listing";
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">History of {name}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>{listing.categoryName}</span>
          <ListingBadges status={listing.status} hasPublished={listing.publishedRevisionId !== null} />
          <Link href={`/vendor/listings/${listing.id}`} className="text-brand-700 underline">Edit</Link>
        </div>
      </div>
      <ListingHistory revisions={revisions} audit={audit} />
    </div>
  );
}
