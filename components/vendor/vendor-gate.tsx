import Link from "next/link";
import { OnboardingForm } from "./onboarding-form";

// What a portal page shows instead of its content: staff are pointed to the moderation queue, and a vendor
// without an organization is asked to create one first.
export function VendorGate({ kind, title }: { kind: "staff" | "onboarding"; title: string }) {
  if (kind === "staff") {
    return (
      <div className="space-y-3" data-testid="vendor-gate" data-kind="staff">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p>
          The vendor portal is for vendor accounts. Moderators and admins review submissions in the{" "}
          <Link href="/admin/moderation" className="text-brand-700 underline">
            moderation queue
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-3" data-testid="vendor-gate" data-kind="onboarding">
      <h1 className="text-2xl font-bold">Set up your vendor organization</h1>
      <p>Your account has no vendor organization yet. Name your company to start listing products.</p>
      <OnboardingForm />
    </div>
  );
}
