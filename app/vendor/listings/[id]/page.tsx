import type { Metadata } from "next";
import Link from "next/link";
import { ListingForm } from "@/components/vendor/listing-form";
import { ListingBadges } from "@/components/vendor/status-badge";
import { VendorGate } from "@/components/vendor/vendor-gate";
import { unknownSpecKeys } from "@/lib/listings/form";
import { requireVendorContext } from "../../_lib/context";
import { loadOwnListing } from "../../_lib/listing";

export const metadata: Metadata = { title: "Edit listing" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Edits a listing: the form prefilled from its latest revision (with the version it started from), notes about
// the live version and any pending review, and the moderator's reason. Vendors of the listing's organization only.
export default async function EditListingPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const context = await requireVendorContext(`/vendor/listings/${id}`);
  if (context.kind !== "vendor") return <VendorGate kind={context.kind} title="Edit listing" />;
  const listing = await loadOwnListing(context.actor, id);
  const created = (await searchParams).saved === "created";
  const name = listing.name?.trim() || "Untitled listing";
  const live = listing.publishedRevisionId !== null;
  const unknown = unknownSpecKeys(listing.categorySlug, listing.current.snapshot);
  const showNote = listing.reviewNote && (listing.status === "rejected" || listing.status === "changes_requested");
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Edit {name}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>{listing.categoryName}</span>
          <ListingBadges status={listing.status} hasPublished={live} />
          <span className="text-slate-600">Revision #{listing.current.number}</span>
          <Link href={`/vendor/listings/${listing.id}/history`} className="text-brand-700 underline">History</Link>
          {live && listing.productSlug && (
            <Link href={`/products/${listing.productSlug}`} className="text-brand-700 underline">Public page</Link>
          )}
        </div>
      </div>
      {created && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Draft created. Fix any highlighted fields, then submit it for review.
        </p>
      )}
      {live && (
        <p className="rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900" data-testid="live-notice">
          This listing is published. Saving makes a new revision; the published version stays live until a moderator
          approves the new one.
        </p>
      )}
      {listing.status === "pending" && (
        <p className="rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900" data-testid="pending-notice">
          Waiting for review. Saving changes withdraws the submission; submit again when you are done.
        </p>
      )}
      {showNote && (
        <div className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="review-note">
          <p className="font-semibold">
            {listing.status === "rejected" ? "The moderator rejected this revision:" : "The moderator asked for changes:"}
          </p>
          <p className="whitespace-pre-wrap">{listing.reviewNote}</p>
        </div>
      )}
      {unknown.length > 0 && (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This revision has values for {unknown.join(", ")}, which {unknown.length === 1 ? "is not a spec" : "are not specs"} of{" "}
          {listing.categoryName.toLowerCase()}. The form cannot show {unknown.length === 1 ? "it" : "them"}; saving drops{" "}
          {unknown.length === 1 ? "it" : "them"}.
        </p>
      )}
      <ListingForm
        mode="edit"
        categorySlug={listing.categorySlug}
        listingId={listing.id}
        initial={{ draft: listing.current.snapshot, version: listing.version, errors: listing.check.errors }}
      />
    </div>
  );
}
