import { connection } from "next/server";

// A bare dynamic page (rendered per request, no database): the HTTP benchmark's reference for uncached pages.
export default async function BenchDynamicPage() {
  await connection();
  return <p>dynamic baseline</p>;
}
