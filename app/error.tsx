"use client";

// Shown when a page fails unexpectedly: a plain message, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-3 py-10">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p>The page could not be shown. Please try again.</p>
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-3 py-1 text-white">
        Try again
      </button>
    </div>
  );
}
