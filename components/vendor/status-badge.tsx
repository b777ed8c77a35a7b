import { statusLabels, type ListingStatus } from "@/lib/listings";

const styles: Record<ListingStatus, string> = {
  draft: "border-slate-300 bg-slate-100 text-slate-800",
  pending: "border-blue-300 bg-blue-50 text-blue-900",
  changes_requested: "border-amber-300 bg-amber-50 text-amber-900",
  published: "border-green-300 bg-green-50 text-green-900",
  rejected: "border-red-300 bg-red-50 text-red-900",
};

// A listing's workflow state as a small labelled badge.
export function StatusBadge({ status, live }: { status: ListingStatus; live?: boolean }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-semibold ${styles[status]}`}
      data-testid="status-badge" data-status={status}>
      {statusLabels[status]}
      {live && <span className="font-normal"> (live)</span>}
    </span>
  );
}

// The badges for a listing: its latest revision's state and, when an older revision is the live one, "Published"
// beside it, so a vendor sees both the live version and the pending change.
export function ListingBadges({ status, hasPublished }: { status: ListingStatus; hasPublished: boolean }) {
  return (
    <span className="flex flex-wrap gap-1">
      {hasPublished && status !== "published" && <StatusBadge status="published" live />}
      <StatusBadge status={status} />
    </span>
  );
}
