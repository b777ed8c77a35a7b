const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const absolute = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

// "3 hours ago", "yesterday", "just now": how long before `now` a moment was; for queue and history tables.
export function formatRelativeTime(date: Date, now: Date = new Date()): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

// "12 May 2025, 14:03 UTC": a moment in a fixed time zone, so every reader sees the same text.
export function formatAbsoluteTime(date: Date): string {
  return `${absolute.format(date)} UTC`;
}

// A moment shown relative to now with the absolute time beside it, in a machine-readable <time> element.
export function RelativeTime({ date, now }: { date: Date; now?: Date }) {
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {formatRelativeTime(date, now)}
      <span className="block text-xs text-slate-600">{formatAbsoluteTime(date)}</span>
    </time>
  );
}
