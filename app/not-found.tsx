import Link from "next/link";

// The 404 page for unknown URLs, products and manufacturers.
export default function NotFound() {
  return (
    <div className="space-y-3 py-10" data-testid="not-found">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>We could not find that page or product. It may have been renamed or removed.</p>
      <p>
        <Link href="/products" className="text-brand-700 underline">
          Browse all products
        </Link>
      </p>
    </div>
  );
}
