// A bare static page: the HTTP benchmark's ceiling for this build (bench/http.ts).
export default function BenchStaticPage() {
  return <p>static baseline</p>;
}
