import type { listAuditEntries } from "@/db/queries/audit";
import type { listRevisions } from "@/db/queries/listings";
import type { ReviewDecision } from "@/lib/listings";

export type RevisionHistoryRow = Awaited<ReturnType<typeof listRevisions>>[number];
export type AuditHistoryRow = Awaited<ReturnType<typeof listAuditEntries>>[number];

const decisionLabels: Record<ReviewDecision, string> = {
  approved: "Approved",
  rejected: "Rejected",
  changes_requested: "Changes requested",
};

const actionLabels: Record<string, string> = {
  "listing.created": "Created the listing",
  "listing.saved": "Saved a revision",
  "listing.submitted": "Submitted for review",
  "listing.approved": "Approved",
  "listing.rejected": "Rejected",
  "listing.changes_requested": "Requested changes",
};

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Time({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {timeFormat.format(date)} UTC
    </time>
  );
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value : typeof value === "number" ? String(value) : null;
}

// What an audit entry adds beyond its action: the revision it concerns, a withdrawal, and any reason given.
function AuditDetail({ detail }: { detail: Record<string, unknown> }) {
  const revision = str(detail.revision);
  const reason = str(detail.reason);
  return (
    <>
      {revision && <span className="text-slate-600"> — revision #{revision}</span>}
      {detail.withdrawn === true && <span className="text-slate-600"> (withdrew it from review)</span>}
      {detail.valid === false && <span className="text-slate-600"> (with entries that do not validate yet)</span>}
      {reason && <blockquote className="mt-1 whitespace-pre-wrap border-l-2 border-slate-300 pl-2 text-slate-800">{reason}</blockquote>}
    </>
  );
}

interface ListingHistoryProps {
  revisions: RevisionHistoryRow[];
  audit: AuditHistoryRow[];
  /** The heading level of the section title, to fit the page it sits in. */
  headingLevel?: 2 | 3;
}

// A listing's history: each revision (number, author, time, decision and reason) and the audit trail of who did
// what. Server component for the moderation review page and the vendor portal; callers load both lists through
// listRevisions and listAuditEntries after checking the reader may see the listing.
export function ListingHistory({ revisions, audit, headingLevel = 2 }: ListingHistoryProps) {
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <section aria-labelledby="listing-history-heading" className="space-y-4" data-testid="listing-history">
      <Heading id="listing-history-heading" className="text-xl font-semibold">
        History
      </Heading>
      <div className="space-y-2">
        <Sub className="font-semibold">Revisions</Sub>
        {revisions.length === 0 ? (
          <p className="text-sm text-slate-600">No revisions yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">Revision</th>
                  <th scope="col" className="px-3 py-2">Author</th>
                  <th scope="col" className="px-3 py-2">Saved</th>
                  <th scope="col" className="px-3 py-2">Decision</th>
                  <th scope="col" className="px-3 py-2">Reason</th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((r) => (
                  <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="history-revision" data-revision={r.number}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      #{r.number}
                    </th>
                    <td className="px-3 py-2">{r.authorName ?? "Deleted user"}</td>
                    <td className="px-3 py-2">
                      <Time date={r.createdAt} />
                    </td>
                    <td className="px-3 py-2">
                      {r.decision ? (
                        <>
                          {decisionLabels[r.decision]}
                          {r.decidedAt && (
                            <span className="block text-xs text-slate-600">
                              {r.deciderName ? `by ${r.deciderName}, ` : ""}
                              <Time date={r.decidedAt} />
                            </span>
                          )}
                        </>
                      ) : (
                        <span className="text-slate-600">—</span>
                      )}
                    </td>
                    <td className="whitespace-pre-wrap px-3 py-2">{r.decisionReason ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <div className="space-y-2">
        <Sub className="font-semibold">Activity</Sub>
        {audit.length === 0 ? (
          <p className="text-sm text-slate-600">No recorded activity.</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {audit.map((entry) => (
              <li key={entry.id} className="rounded border border-slate-200 bg-white p-2" data-testid="history-audit" data-action={entry.action}>
                <Time date={entry.at} /> · <span className="font-medium">{entry.actorName ?? "Deleted user"}</span>
                {entry.viaApiKey !== null && <span className="text-slate-600"> (via API key)</span>}:{" "}
                {actionLabels[entry.action] ?? entry.action}
                <AuditDetail detail={entry.detail} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
