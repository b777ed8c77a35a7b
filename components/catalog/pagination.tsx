import Link from "next/link";

// Previous/next links with the page position; `hrefFor` builds the canonical URL of a page.
export function Pagination(props: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center gap-4 text-sm">
      {props.page > 1 ? (
        <Link href={props.hrefFor(props.page - 1)} rel="prev" className="text-brand-700 underline">
          Previous page
        </Link>
      ) : null}
      <span>
        Page {props.page} of {pages}
      </span>
      {props.page < pages ? (
        <Link href={props.hrefFor(props.page + 1)} rel="next" className="text-brand-700 underline">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
