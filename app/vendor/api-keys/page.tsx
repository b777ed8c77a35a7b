import type { Metadata } from "next";
import { CreateApiKeyForm, RevokeApiKeyButton } from "@/components/vendor/api-key-forms";
import { VendorGate } from "@/components/vendor/vendor-gate";
import { getDb } from "@/db";
import { listApiKeys } from "@/db/queries/api-keys";
import { requireVendorContext } from "../_lib/context";

export const metadata: Metadata = { title: "API keys" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function When({ date, empty }: { date: Date | null; empty: string }) {
  return date ? <time dateTime={date.toISOString()}>{timeFormat.format(date)} UTC</time> : <span className="text-slate-500">{empty}</span>;
}

// The organization's API keys for the vendor API: create (shown once), list with prefix and usage, revoke.
// Vendors with an organization only.
export default async function ApiKeysPage() {
  const context = await requireVendorContext("/vendor/api-keys");
  if (context.kind !== "vendor") return <VendorGate kind={context.kind} title="API keys" />;
  const keys = await listApiKeys(getDb(), context.actor);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">API keys</h1>
        <p className="text-sm text-slate-700">
          Keys let your systems create and update listings through the vendor API. Each key acts for your whole
          organization.
        </p>
      </div>
      <section aria-labelledby="create-key-heading" className="space-y-2 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="create-key-heading" className="text-lg font-semibold">Create a key</h2>
        <CreateApiKeyForm />
      </section>
      <section aria-labelledby="keys-heading" className="space-y-2">
        <h2 id="keys-heading" className="text-lg font-semibold">Your keys</h2>
        {keys.length === 0 ? (
          <p className="text-sm text-slate-600">No keys yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm" data-testid="api-keys-table">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">Name</th>
                  <th scope="col" className="px-3 py-2">Prefix</th>
                  <th scope="col" className="px-3 py-2">Created</th>
                  <th scope="col" className="px-3 py-2">Last used</th>
                  <th scope="col" className="px-3 py-2">Status</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} className="border-t border-slate-100" data-testid="api-key-row" data-revoked={k.revokedAt ? "true" : "false"}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">{k.name}</th>
                    <td className="px-3 py-2 font-mono">{k.prefix}…</td>
                    <td className="px-3 py-2"><When date={k.createdAt} empty="" /></td>
                    <td className="px-3 py-2"><When date={k.lastUsedAt} empty="Never" /></td>
                    <td className="px-3 py-2">
                      {k.revokedAt ? (
                        <span>Revoked <When date={k.revokedAt} empty="" /></span>
                      ) : (
                        <RevokeApiKeyButton id={k.id} label={`key ${k.name} (${k.prefix}…)`} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
