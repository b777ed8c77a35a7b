// Marks fictional demo products wherever they appear, so nobody mistakes them for real listings.
export function DemoBadge() {
  return (
    <span
      className="inline-flex items-center rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900"
      title="Fictional product generated for the demo catalog"
      data-testid="demo-badge"
    >
      Demo data
    </span>
  );
}
