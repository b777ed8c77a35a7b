"use client";

// Opens the browser's print dialog (the print stylesheet lays the page out landscape, without navigation).
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100">
      Print
    </button>
  );
}
