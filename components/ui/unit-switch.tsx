import type { UnitSystem } from "@/lib/units";
import { setUnitSystem } from "@/app/actions";

const choices: { value: UnitSystem; label: string }[] = [
  { value: "metric", label: "Metric" },
  { value: "imperial", label: "Imperial" },
];

// The metric/imperial switch: a form posting to a server action, so it works without JavaScript.
export function UnitSwitch({ current }: { current: UnitSystem }) {
  return (
    <form action={setUnitSystem} className="flex items-center gap-1 text-sm" data-testid="unit-switch">
      <span id="unit-switch-label" className="mr-1 text-slate-200">
        Units
      </span>
      <div role="group" aria-labelledby="unit-switch-label" className="flex overflow-hidden rounded border border-slate-400">
        {choices.map((c) => (
          <button
            key={c.value}
            type="submit"
            name="units"
            value={c.value}
            aria-pressed={current === c.value}
            className={
              current === c.value
                ? "bg-white px-2 py-1 font-semibold text-brand-800"
                : "px-2 py-1 text-white hover:bg-brand-700"
            }
          >
            {c.label}
          </button>
        ))}
      </div>
    </form>
  );
}
