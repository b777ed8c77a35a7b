import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/admin/forbidden";
import { QueueFilters } from "@/components/admin/queue-filters";
import { QueueTable } from "@/components/admin/queue-table";
import { getDb } from "@/db";
import { getListing, listQueueFilters, listReviewQueue } from "@/db/queries/listings";
import { reviewDecisions, type Actor, type ReviewDecision } from "@/lib/listings";
import { getCategory } from "@/lib/specs";
import { requireStaffPage } from "../_lib/access";

export const metadata: Metadata = { title: "Moderation queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() ? v.trim() : undefined;
}

// Unknown categories and oversized ids are ignored rather than rejected: the filters are only a view.
function parseQueueParams(params: Record<string, string | string[] | undefined>) {
  const vendor = first(params.vendor);
  const category = first(params.category);
  const decided = Number(first(params.decided));
  const decision = first(params.decision);
  return {
    vendor: vendor && vendor.length <= 200 ? vendor : undefined,
    category: category && getCategory(category) ? category : undefined,
    decided:
      Number.isSafeInteger(decided) && decided > 0 && reviewDecisions.includes(decision as ReviewDecision)
        ? { id: decided, decision: decision as ReviewDecision }
        : undefined,
  };
}

const decisionWords: Record<ReviewDecision, string> = {
  approved: "approved and published",
  rejected: "rejected",
  changes_requested: "sent back to the vendor with your change request",
};

async function Confirmation({ actor, id, decision }: { actor: Actor; id: number; decision: ReviewDecision }) {
  const listing = await getListing(getDb(), actor, id).catch(() => null);
  return (
    <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-3 text-sm text-green-900" data-testid="decision-confirmation">
      {listing ? (
        <>
          <Link href={`/admin/moderation/${id}`} className="font-medium underline">
            {listing.name}
          </Link>{" "}
          ({listing.organizationName})
        </>
      ) : (
        `Listing ${id}`
      )}{" "}
      was {decisionWords[decision]}.
      {decision === "approved" && listing?.productSlug && (
        <>
          {" "}
          <Link href={`/products/${listing.productSlug}`} className="underline">
            View it in the catalog
          </Link>
          .
        </>
      )}
    </p>
  );
}

// The moderation queue: pending revisions, oldest first, filterable by vendor and category; moderators and admins.
export default async function ModerationQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaffPage("/admin/moderation");
  if (!actor) return <Forbidden />;
  const params = parseQueueParams(await searchParams);
  const db = getDb();
  const [items, options] = await Promise.all([
    listReviewQueue(db, actor, { organizationId: params.vendor, category: params.category }),
    listQueueFilters(db, actor),
  ]);
  const vendors = options.vendors.map((v) => ({ value: v.id, label: v.name }));
  const categories = options.categories.map((c) => ({ value: c.slug, label: c.name }));
  // A filter chosen earlier stays selectable after its last pending item is decided.
  if (params.vendor && !vendors.some((v) => v.value === params.vendor)) vendors.push({ value: params.vendor, label: "(no pending items)" });
  if (params.category && !categories.some((c) => c.value === params.category)) {
    categories.push({ value: params.category, label: getCategory(params.category)!.name });
  }
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Moderation queue</h1>
        <p className="text-sm text-slate-600">
          Revisions waiting for review, oldest first. {items.length} {items.length === 1 ? "revision" : "revisions"}
          {params.vendor || params.category ? " match the filters." : " pending."}
        </p>
      </header>
      {params.decided && <Confirmation actor={actor} id={params.decided.id} decision={params.decided.decision} />}
      <QueueFilters vendors={vendors} categories={categories} vendor={params.vendor} category={params.category} />
      <QueueTable items={items} filtered={Boolean(params.vendor || params.category)} now={new Date()} />
    </div>
  );
}
