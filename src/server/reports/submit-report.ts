import "server-only";
import type { Db } from "@/server/db/client";
import { prisma } from "@/server/db/client";
import { fail, ok, type Result } from "@/lib/result";
import { reportTopicName, type ReportInput } from "@/lib/validation/report";
import { appUrl } from "@/server/http/app-url";
import { deliverAfterCommit } from "@/server/mail/deliver-queued-mail";
import { queueMail } from "@/server/mail/queue-mail";
import { ownerEmails } from "@/server/moderation/owner-emails";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/server/rate-limit/rate-limit-key";

/** Reports one address may send per hour (enough for a link worker fixing several listings, not for a bot). */
export const REPORTS_PER_HOUR = 10;
/** Reports one listing may receive in a day from everyone together: each one emails its owners. */
export const REPORTS_PER_LISTING_PER_DAY = 20;

export type SubmitReportResult = Result<{ reportId: string | null }, "not-found" | "rate-limited">;

/**
 * A member of the public reports a problem with a live listing. It goes into the moderation queue, and the
 * listing's owners (if it has any) are emailed the topic and message — never the reporter's contact address,
 * which only moderators see. A filled honeypot is accepted silently and stored nowhere.
 */
export async function submitReport(
  options: { serviceId: string; report: ReportInput; clientAddress: string; now?: Date },
  db: Db = prisma,
): Promise<SubmitReportResult> {
  const { serviceId, report } = options;
  const service = await db.service.findFirst({
    where: { id: serviceId, listingStatus: "published" },
    select: { id: true, name: true, organisationId: true },
  });
  if (!service) return fail("not-found", "This listing is no longer in the directory, so it cannot be reported.");
  const at = options.now ? { now: options.now } : {};
  const limit = await consumeRateLimit(
    { key: rateLimitKey("report", options.clientAddress), limit: REPORTS_PER_HOUR, windowSeconds: 3600, ...at },
    db,
  );
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return fail("rate-limited", `You have sent a lot of reports in the last hour. Please try again in ${minutes} minutes.`);
  }
  if (report.website.trim() !== "") return ok({ reportId: null });
  // After the honeypot, so a bot cannot use up a listing's reports for the people who mean them.
  const perListing = await consumeRateLimit(
    { key: `report:listing:${serviceId}`, limit: REPORTS_PER_LISTING_PER_DAY, windowSeconds: 24 * 3600, ...at },
    db,
  );
  if (!perListing.allowed) {
    return fail("rate-limited", "This listing has had many reports today and a moderator will look at them. Please try again tomorrow.");
  }

  const { reportId, mailIds } = await db.$transaction(async (tx) => {
    const created = await tx.report.create({
      data: {
        serviceId,
        topic: report.topic,
        message: report.message,
        contactEmail: report.contactEmail ?? null,
        ...(options.now ? { createdAt: options.now } : {}),
      },
    });
    await tx.auditEvent.create({
      data: { action: "report.created", entityType: "report", entityId: created.id, data: { serviceId, topic: report.topic } },
    });
    const to = await ownerEmails(tx, [service.organisationId]);
    const ids = await queueMail(
      tx,
      to.map((email) => ({
        to: email,
        subject: `Someone has reported a problem with “${service.name}”`,
        text: [
          `A visitor to the directory has reported a problem with your listing “${service.name}”.`,
          "",
          `What is wrong: ${reportTopicName(report.topic)}`,
          `Their message: ${report.message}`,
          "",
          "A moderator will look at it. If something has changed, please update your listing so people get the right details:",
          appUrl("/provider"),
          "",
          "West Yorkshire Creative Health Directory",
        ].join("\n"),
      })),
    );
    return { reportId: created.id, mailIds: ids };
  });
  await deliverAfterCommit(mailIds, db);
  return ok({ reportId });
}
