import Link from "next/link";
import type { ListingSummary } from "@/db/queries/listings";
import { RelativeTime } from "./relative-time";

// The pending revisions, oldest first as given: vendor, product, category, revision, when submitted, and a link to
// review each. For the moderation queue page.
export function QueueTable({ items, filtered, now }: { items: ListingSummary[]; filtered: boolean; now: Date }) {
  if (items.length === 0) {
    return (
      <p className="rounded-lg bg-white p-4 text-slate-700 shadow-sm" data-testid="queue-empty">
        {filtered ? "No pending revisions match these filters." : "Nothing is waiting for review."}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm" data-testid="moderation-queue">
        <caption className="sr-only">Pending revisions, oldest first</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Vendor</th>
            <th scope="col" className="px-3 py-2">Product</th>
            <th scope="col" className="px-3 py-2">Category</th>
            <th scope="col" className="px-3 py-2">Revision</th>
            <th scope="col" className="px-3 py-2">Submitted</th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Review</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-t border-slate-100 align-top" data-testid="moderation-row" data-listing-id={item.id}>
              <td className="px-3 py-2">{item.organizationName}</td>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <span className="font-medium">{item.name || "(no name)"}</span>
                <span className="block text-xs text-slate-600">Model {item.modelNumber || "—"}</span>
              </th>
              <td className="px-3 py-2">{item.categoryName}</td>
              <td className="px-3 py-2">
                #{item.revisionNumber}
                {item.publishedRevisionId === null && <span className="block text-xs text-slate-600">New listing</span>}
              </td>
              <td className="px-3 py-2">
                <RelativeTime date={item.submittedAt ?? item.updatedAt} now={now} />
              </td>
              <td className="px-3 py-2 text-right">
                <Link href={`/admin/moderation/${item.id}`} className="font-medium text-brand-700 underline" data-testid="review-link">
                  Review<span className="sr-only"> {item.name} from {item.organizationName}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
