import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/admin/decision-form";
import { DiffTable } from "@/components/admin/diff-table";
import { Forbidden } from "@/components/admin/forbidden";
import { RelativeTime } from "@/components/admin/relative-time";
import { ListingHistory } from "@/components/listings/listing-history";
import { getDb } from "@/db";
import { listAuditEntries } from "@/db/queries/audit";
import { getListing, listRevisions } from "@/db/queries/listings";
import { REASON_MAX } from "@/db/queries/moderation";
import { AppError } from "@/lib/errors";
import { statusLabels } from "@/lib/listings";
import { diffListing } from "@/lib/listings/diff";
import { getUnitSystem } from "../../../_lib/unit-system";
import { requireStaffPage } from "../../_lib/access";

type Params = Promise<{ id: string }>;

export const metadata: Metadata = { title: "Review listing" };

function parseId(raw: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

// The review page for one listing: what changed against the published revision, field by field, the decision
// form while it is pending, and its history. Moderators and admins; moderators decide, they never edit.
export default async function ReviewListingPage({ params }: { params: Params }) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const actor = await requireStaffPage(`/admin/moderation/${id}`);
  if (!actor) return <Forbidden />;
  const db = getDb();
  const listing = await getListing(db, actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });
  if (!listing) notFound();
  const [revisions, audit, units] = await Promise.all([
    listRevisions(db, actor, id),
    listAuditEntries(db, "listing", id),
    getUnitSystem(),
  ]);
  const isNew = listing.published === null;
  const rows = diffListing(listing.categorySlug, listing.published?.snapshot ?? null, listing.current.snapshot, units);
  const problems = Object.keys(listing.check.errors).length;
  const pending = listing.status === "pending";
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin/moderation" className="text-brand-700 underline">
          Moderation queue
        </Link>{" "}
        / Listing {listing.id}
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{listing.current.snapshot.name?.trim() || "(no name)"}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]" data-testid="review-summary">
          <dt className="text-slate-600">Vendor</dt>
          <dd>{listing.organizationName}</dd>
          <dt className="text-slate-600">Category</dt>
          <dd>{listing.categoryName}</dd>
          <dt className="text-slate-600">Model</dt>
          <dd>{listing.current.snapshot.modelNumber?.trim() || "—"}</dd>
          <dt className="text-slate-600">Status</dt>
          <dd data-testid="listing-status">{statusLabels[listing.status]}</dd>
          <dt className="text-slate-600">Revision</dt>
          <dd>
            #{listing.current.number} by {listing.current.authorName ?? "a deleted user"}
          </dd>
          <dt className="text-slate-600">Submitted</dt>
          <dd>{listing.submittedAt ? <RelativeTime date={listing.submittedAt} /> : "—"}</dd>
        </dl>
      </header>

      <section aria-labelledby="changes-heading" className="space-y-2">
        <h2 id="changes-heading" className="text-xl font-semibold">
          {isNew ? "New listing" : `Changes since published revision #${listing.published!.number}`}
        </h2>
        <p className="text-sm text-slate-600">
          {isNew ? "Nothing of this listing is published yet; every stated field is shown. " : ""}
          Values are compared as parsed, so the same value typed in another unit is unchanged; they are shown in {units}{" "}
          units.
          {listing.productSlug && (
            <>
              {" "}
              <Link href={`/products/${listing.productSlug}`} className="text-brand-700 underline">
                See the live product page
              </Link>
              .
            </>
          )}
        </p>
        {problems > 0 && (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="review-problems">
            {problems === 1 ? "One entry does" : `${problems} entries do`} not validate, so this revision cannot be approved;
            they are marked below as typed.
          </p>
        )}
        <DiffTable rows={rows} isNew={isNew} />
      </section>

      <section aria-labelledby="decision-heading" className="space-y-2">
        <h2 id="decision-heading" className="text-xl font-semibold">
          Decision
        </h2>
        {pending ? (
          <DecisionForm listingId={listing.id} version={listing.version} reasonMax={REASON_MAX} />
        ) : (
          <p role="status" className="rounded-lg bg-white p-3 text-sm shadow-sm" data-testid="not-pending">
            This listing is not waiting for review (status: {statusLabels[listing.status]}). There is nothing to decide.
          </p>
        )}
      </section>

      <ListingHistory revisions={revisions} audit={audit} />
    </article>
  );
}
