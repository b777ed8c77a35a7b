import Link from "next/link";
import type { ListingSummary } from "@/db/queries/listings";
import { ListingBadges } from "./status-badge";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

// The organization's listings: name and model, category, state (both badges when a published listing has a newer
// revision), the moderator's reason after a rejection or change request, and links to edit, history and the
// public page.
export function ListingsTable({ listings }: { listings: ListingSummary[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm" data-testid="listings-table">
        <caption className="sr-only">Your listings</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Product</th>
            <th scope="col" className="px-3 py-2">Category</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Updated</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {listings.map((l) => {
            const name = l.name?.trim() || "Untitled listing";
            const showNote = l.reviewNote && (l.status === "rejected" || l.status === "changes_requested");
            return (
              <tr key={l.id} className="border-t border-slate-100 align-top" data-testid="listing-row" data-status={l.status}
                data-listing-id={l.id} data-published={l.publishedRevisionId !== null ? "true" : undefined}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {name}
                  {l.modelNumber?.trim() && <span className="block text-xs font-normal text-slate-600">{l.modelNumber}</span>}
                </th>
                <td className="px-3 py-2">{l.categoryName}</td>
                <td className="px-3 py-2">
                  <ListingBadges status={l.status} hasPublished={l.publishedRevisionId !== null} />
                  {!l.valid && l.status === "draft" && <span className="mt-1 block text-xs text-amber-800">Has entries to fix</span>}
                  {showNote && (
                    <p className="mt-1 max-w-xs whitespace-pre-wrap text-xs text-slate-800" data-testid="review-note">
                      <span className="font-semibold">Moderator: </span>
                      {l.reviewNote}
                    </p>
                  )}
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={l.updatedAt.toISOString()}>{dateFormat.format(l.updatedAt)}</time>
                </td>
                <td className="px-3 py-2">
                  <ul className="flex flex-wrap gap-x-3 gap-y-1">
                    <li>
                      <Link href={`/vendor/listings/${l.id}`} className="text-brand-700 underline">
                        Edit <span className="sr-only">{name}</span>
                      </Link>
                    </li>
                    <li>
                      <Link href={`/vendor/listings/${l.id}/history`} className="text-brand-700 underline">
                        History <span className="sr-only">of {name}</span>
                      </Link>
                    </li>
                    {l.productSlug && l.publishedRevisionId !== null && (
                      <li>
                        <Link href={`/products/${l.productSlug}`} className="text-brand-700 underline">
                          Public page <span className="sr-only">of {name}</span>
                        </Link>
                      </li>
                    )}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
