import "server-only";
import type { Mail } from "@/server/mail/send-mail";
import { appUrl } from "@/server/http/app-url";
import { signConfirmLink } from "./confirm-link";
import { formatDate } from "@/lib/dates";
import { STALE_AFTER_MONTHS, addMonths } from "./freshness-rules";

type Notice = { to: string; userId: string; serviceId: string; name: string; verifiedAt: Date; now: Date };

const footer = ["", "West Yorkshire Creative Health Directory", "You get this email because you manage this listing."];

/** 6 months (ask) and 11 months (remind): one click confirms, one link edits. */
export function reconfirmMail(stage: "ask" | "remind", n: Notice): Mail {
  const staleOn = formatDate(addMonths(n.verifiedAt, STALE_AFTER_MONTHS));
  return {
    to: n.to,
    subject: stage === "ask" ? `Is “${n.name}” still correct?` : `Reminder: please check “${n.name}”`,
    text: [
      stage === "ask"
        ? `It is six months since “${n.name}” was last checked (${formatDate(n.verifiedAt)}). Link workers trust listings that are kept up to date.`
        : `We have not heard from you about “${n.name}”, last checked on ${formatDate(n.verifiedAt)}.`,
      "",
      "If everything is still correct, confirm it with one click:",
      signConfirmLink({ serviceId: n.serviceId, userId: n.userId, now: n.now }),
      "",
      `If something has changed, edit it: ${appUrl("/provider")}`,
      "",
      `If it is not confirmed by ${staleOn}, it will be marked as out of date and shown lower in search results.`,
      ...footer,
    ].join("\n"),
  };
}

/** 12 months: the listing is now stale. Confirming still brings it straight back. */
export function staleMail(n: Notice): Mail {
  return {
    to: n.to,
    subject: `“${n.name}” is now marked as out of date`,
    text: [
      `Nobody has confirmed “${n.name}” since ${formatDate(n.verifiedAt)}, so it is now marked as out of date and shown lower in search results.`,
      "",
      "If it is still correct, confirm it with one click and it goes back to normal:",
      signConfirmLink({ serviceId: n.serviceId, userId: n.userId, now: n.now }),
      "",
      `If something has changed, edit it: ${appUrl("/provider")}`,
      ...footer,
    ].join("\n"),
  };
}
