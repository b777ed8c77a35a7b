// A bare static route, prerendered at build: the HTTP benchmark's ceiling for this build (bench/http.ts). Pages
// cannot be static here because the root layout reads the units and compare-tray cookies.
export const dynamic = "force-static";

export function GET() {
  return new Response("static baseline\n", { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
