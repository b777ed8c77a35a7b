import { statusLabels } from "@/lib/listings";
import type { DiffSide } from "@/lib/listings/diff";
import type { ListingConflict } from "./form-states";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Side({ side }: { side: DiffSide | null }) {
  if (!side) return <span className="italic text-slate-500">Not stated</span>;
  return (
    <>
      <span>{side.text || "—"}</span>
      {side.source?.kind === "datasheet" && <span className="block text-xs text-slate-600">Datasheet {side.source.url ?? ""}{side.source.page ? `, p. ${side.source.page}` : ""}</span>}
      {side.problem && <span className="block text-xs text-red-700">Does not validate: {side.problem}</span>}
    </>
  );
}

// Shown when a save hit a newer version of the listing: what changed since the vendor opened the form (their own
// edits stay in the form below), with a choice to save over the new version or to discard their edits.
// Lives inside the listing form, so "Save over" submits the form with the current version.
export function ConflictPanel({ conflict, onDiscard, pending }: { conflict: ListingConflict; onDiscard: () => void; pending: boolean }) {
  return (
    <section aria-labelledby="conflict-heading" className="space-y-3 rounded-lg border border-amber-400 bg-amber-50 p-4" data-testid="conflict-panel">
      <h2 id="conflict-heading" className="text-lg font-semibold">
        This listing changed since you started editing
      </h2>
      <p className="text-sm">
        Revision #{conflict.revisionNumber} was saved by {conflict.authorName ?? "someone else"} on{" "}
        {timeFormat.format(new Date(conflict.savedAt))} UTC; the listing is now “{statusLabels[conflict.status]}”. Your
        edits are still in the form below and have not been saved.
      </p>
      {conflict.rows.length === 0 ? (
        <p className="text-sm">No field changed; only the listing’s state did (for example, it was submitted for review).</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Changes since you started editing</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-2 py-1">Field</th>
                <th scope="col" className="px-2 py-1">When you started</th>
                <th scope="col" className="px-2 py-1">Now</th>
              </tr>
            </thead>
            <tbody>
              {conflict.rows.map((row) => (
                <tr key={row.field} className="border-t border-slate-100 align-top" data-testid="conflict-row" data-field={row.field}>
                  <th scope="row" className="px-2 py-1 text-left font-medium">{row.label}</th>
                  <td className="px-2 py-1"><Side side={row.before} /></td>
                  <td className="px-2 py-1"><Side side={row.after} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="overwriteVersion" value={conflict.currentVersion} disabled={pending}
          className="rounded bg-amber-700 px-3 py-1.5 font-semibold text-white disabled:opacity-60">
          Save my edits over the new version
        </button>
        <button type="button" onClick={onDiscard} disabled={pending}
          className="rounded border border-slate-400 bg-white px-3 py-1.5 font-semibold">
          Discard my edits
        </button>
      </div>
    </section>
  );
}
