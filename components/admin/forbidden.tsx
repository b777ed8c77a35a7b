import Link from "next/link";

// The 403-style page for signed-in people without the role an admin page needs.
export function Forbidden({ title = "You need a moderator account", children }: { title?: string; children?: React.ReactNode }) {
  return (
    <div className="space-y-3 py-10" data-testid="forbidden">
      <h1 className="text-3xl font-bold">{title}</h1>
      {children ?? (
        <p className="max-w-2xl">
          This area is where SpecGrid moderators review vendor submissions. Your account does not have that role; an
          admin can give it to you.
        </p>
      )}
      <p>
        <Link href="/" className="text-brand-700 underline">
          Back to the catalog
        </Link>
      </p>
    </div>
  );
}
