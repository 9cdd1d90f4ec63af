import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui";
import { devMailboxEnabled, listDevMail } from "@/server/mail/list-dev-mail";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Development only: mail the app would have sent, when no SMTP server is configured. */
export default async function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const mails = await listDevMail();
  return (
    <div className="max-w-measure">
      <PageHeading caption="Development only">Mailbox</PageHeading>
      <p className="mb-6">No SMTP server is configured, so mail is printed to the console and kept here.</p>
      {mails.length === 0 ? <p>No mail yet.</p> : null}
      <ol className="space-y-6">
        {mails.map((m) => (
          <li key={m.id} className="border-l-4 border-rule pl-4">
            <h2 className="text-heading-s font-bold">{m.subject}</h2>
            <p className="text-muted">
              To {m.to}, {formatDateTime(m.createdAt)}
            </p>
            <pre className="mt-2 whitespace-pre-wrap font-sans">
              {m.text.split(/(https?:\/\/\S+)/).map((part, i) =>
                i % 2 === 1 ? (
                  <a key={i} href={part}>
                    {part}
                  </a>
                ) : (
                  part
                ),
              )}
            </pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
