import type { Metadata } from "next";
import Link from "next/link";
import { AccountNav } from "@/components/auth/account-nav";
import { CompareTray } from "@/components/compare/compare-tray";
import { UnitSwitch } from "@/components/ui/unit-switch";
import { getDb } from "@/db";
import { getProductLabels } from "@/db/queries/compare";
import { getCurrentActor } from "@/app/_lib/auth";
import { getTraySlugs } from "./_lib/compare-tray";
import { getUnitSystem } from "./_lib/unit-system";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SpecGrid — physical-security specs, side by side", template: "%s · SpecGrid" },
  description: "Typed, sourced specs for PoE switches, locks, readers, perimeter detectors, IP cameras and VMS.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const units = await getUnitSystem();
  const traySlugs = await getTraySlugs();
  const trayItems = traySlugs.length ? await getProductLabels(getDb(), traySlugs) : [];
  const actor = await getCurrentActor();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="bg-brand-800 text-white print:hidden">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-bold tracking-tight">
              SpecGrid
            </Link>
            <nav aria-label="Main" className="flex gap-4 text-sm">
              <Link href="/products" className="hover:underline">
                All products
              </Link>
              <Link href="/compare" className="hover:underline">
                Compare
              </Link>
            </nav>
            <form action="/products" method="get" role="search" className="ml-auto flex gap-1">
              <label htmlFor="site-search" className="sr-only">
                Search products
              </label>
              <input
                id="site-search"
                name="q"
                type="search"
                placeholder="Search model, maker…"
                className="w-48 rounded px-2 py-1 text-sm text-slate-900 bg-white"
              />
              <button type="submit" className="rounded bg-white/15 px-2 py-1 text-sm hover:bg-white/25">
                Search
              </button>
            </form>
            <UnitSwitch current={units} />
            <AccountNav actor={actor} />
          </div>
        </header>
        <main id="main" className={`mx-auto max-w-6xl px-4 py-6 ${trayItems.length ? "pb-24" : ""}`}>
          {children}
        </main>
        <CompareTray items={trayItems} />
        <footer className={`mx-auto max-w-6xl px-4 py-8 text-xs text-slate-600 print:hidden ${trayItems.length ? "mb-16" : ""}`}>
          Values carry their source. Products marked “Demo data” are fictional and exist to show filtering and
          comparison.
        </footer>
      </body>
    </html>
  );
}
