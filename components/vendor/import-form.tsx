"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { MAX_UPLOAD_BYTES, type ImportResponse } from "./form-states";
import { FieldError, describedBy, inputClass, selectClass } from "./field-parts";

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number }
  | { kind: "validating" }
  | { kind: "done"; result: ImportResponse; fileName: string }
  | { kind: "failed"; message: string; fields: Record<string, string> };

interface ErrorBody {
  error?: { message?: string; fields?: Record<string, string> };
}

// Sends the file with XMLHttpRequest (fetch has no upload progress), reporting progress, then "validating…".
function upload(url: string, file: File, type: string, onPhase: (phase: Phase) => void): void {
  const xhr = new XMLHttpRequest();
  xhr.open("POST", url);
  xhr.setRequestHeader("Content-Type", type);
  xhr.responseType = "json";
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable) onPhase({ kind: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
  };
  xhr.upload.onload = () => onPhase({ kind: "validating" });
  xhr.onload = () => {
    const body = xhr.response as (ImportResponse & ErrorBody) | null;
    if (xhr.status === 200 && body?.report) onPhase({ kind: "done", result: body, fileName: file.name });
    else onPhase({ kind: "failed", message: body?.error?.message ?? `The upload failed (HTTP ${xhr.status}).`, fields: body?.error?.fields ?? {} });
  };
  xhr.onerror = () => onPhase({ kind: "failed", message: "The upload did not reach the server. Check your connection and try again.", fields: {} });
  xhr.send(file);
}

// Saves the report CSV through a Blob link (no inline script, no data: navigation; fits the page CSP).
function downloadCsv(csv: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `${fileName.replace(/\.[^.]+$/, "")}-import-report.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// The bulk import: a CSV or JSON file (and the category for CSV files without a category column), upload progress,
// then the per-row, per-field report with a CSV download. Valid rows become drafts; invalid rows are only reported.
export function ImportForm({ categories }: { categories: { slug: string; name: string }[] }) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [fileError, setFileError] = useState<string | undefined>();
  const status = useRef<HTMLDivElement>(null);
  const busy = phase.kind === "uploading" || phase.kind === "validating";

  function onPhase(next: Phase) {
    setPhase(next);
    if (next.kind === "done" || next.kind === "failed") setTimeout(() => status.current?.focus(), 0);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setFileError("Choose a .csv or .json file.");
    if (file.size > MAX_UPLOAD_BYTES) return setFileError("The file is larger than 20 MB. Split it into smaller files.");
    const json = /\.json$/i.test(file.name) || file.type === "application/json";
    setFileError(undefined);
    const params = new URLSearchParams({ format: json ? "json" : "csv" });
    const category = String(data.get("category") ?? "");
    if (category) params.set("category", category);
    onPhase({ kind: "uploading", percent: 0 });
    upload(`/vendor/import/upload?${params}`, file, json ? "application/json" : "text/csv", onPhase);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg bg-white p-4 shadow-sm" data-testid="import-form" aria-busy={busy}>
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-semibold">File (CSV or JSON, up to 20 MB)</label>
          <input id="import-file" name="file" type="file" accept=".csv,.json,text/csv,application/json"
            aria-invalid={fileError ? true : undefined} aria-describedby={describedBy(fileError && "import-file-error")}
            className={`${inputClass} w-full max-w-md`} />
          <FieldError id="import-file-error" testId="error-file" message={fileError} />
        </div>
        <div className="space-y-1">
          <label htmlFor="import-category" className="block text-sm font-semibold">Category</label>
          <select id="import-category" name="category" defaultValue="" aria-describedby="import-category-hint" className={selectClass}>
            <option value="">From the file (category column or field)</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>{c.name}</option>
            ))}
          </select>
          <p id="import-category-hint" className="text-xs text-slate-600">
            Needed for a CSV file without a category column; rows that name a category keep theirs.
          </p>
        </div>
        <button type="submit" disabled={busy} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
          Upload and import
        </button>
      </form>

      <div ref={status} tabIndex={-1} className="space-y-3 outline-none" aria-live="polite">
        {phase.kind === "uploading" && (
          <div className="space-y-1" data-testid="import-progress">
            <label htmlFor="import-progress" className="text-sm">Uploading… {phase.percent}%</label>
            <progress id="import-progress" max={100} value={phase.percent} className="block h-3 w-full max-w-md" />
          </div>
        )}
        {phase.kind === "validating" && (
          <p className="text-sm" role="status" data-testid="import-validating">Validating… each row is checked against its category.</p>
        )}
        {phase.kind === "failed" && (
          <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="import-failed">
            <p>{phase.message}</p>
            {Object.entries(phase.fields).map(([field, message]) => <p key={field}>{field}: {message}</p>)}
          </div>
        )}
        {phase.kind === "done" && <ImportReportView result={phase.result} fileName={phase.fileName} />}
      </div>
    </div>
  );
}

// The import's outcome: counts, then one table row per created listing and per bad field.
function ImportReportView({ result, fileName }: { result: ImportResponse; fileName: string }) {
  const { report, csv } = result;
  const failedRows = new Set(report.errors.map((e) => e.row)).size;
  const rows = [
    ...report.created.map((c) => ({ row: c.row, id: c.id, field: "", message: "" })),
    ...report.errors.flatMap((e) => Object.entries(e.fields).map(([field, message]) => ({ row: e.row, id: null, field, message }))),
  ].sort((a, b) => a.row - b.row);
  return (
    <section aria-labelledby="import-report-heading" className="space-y-3" data-testid="import-report">
      <h2 id="import-report-heading" className="text-lg font-semibold">Import report</h2>
      <p className="text-sm" data-testid="import-summary">
        {report.total} {report.total === 1 ? "row" : "rows"} in {fileName}: {report.created.length} created as drafts,{" "}
        {failedRows} with problems{report.errors.some((e) => e.row === 0) ? " (row 0 is the file itself; nothing was created)" : ""}.
      </p>
      <button type="button" onClick={() => downloadCsv(csv, fileName)} className="rounded border border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700">
        Download report (CSV)
      </button>
      {rows.length > 0 && (
        <div className="max-h-[32rem] overflow-auto">
          <table className="w-full border-collapse bg-white text-sm shadow-sm">
            <thead className="sticky top-0 bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">Row</th>
                <th scope="col" className="px-3 py-2">Result</th>
                <th scope="col" className="px-3 py-2">Field</th>
                <th scope="col" className="px-3 py-2">Problem</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i} className="border-t border-slate-100 align-top" data-testid="import-row" data-row={r.row} data-result={r.id ? "created" : "error"}>
                  <th scope="row" className="px-3 py-1 text-left font-medium">{r.row === 0 ? "File" : r.row}</th>
                  <td className="px-3 py-1">
                    {r.id ? <Link href={`/vendor/listings/${r.id}`} className="text-brand-700 underline">Created draft #{r.id}</Link> : <span className="text-red-800">Not imported</span>}
                  </td>
                  <td className="px-3 py-1 font-mono">{r.field}</td>
                  <td className="px-3 py-1">{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
