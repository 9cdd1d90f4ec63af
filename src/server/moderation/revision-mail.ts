import "server-only";
import type { Mail } from "@/server/mail/send-mail";
import { appUrl } from "@/server/http/app-url";

// What providers are told when a moderator decides on their listing. Plain text: it reads the same in every
// mail client and screen reader.

const signOff = ["", "West Yorkshire Creative Health Directory", `Manage your listings: ${"{provider}"}`];

function footer(): string[] {
  return signOff.map((line) => line.replace("{provider}", appUrl("/provider")));
}

export function approvedMail(to: string, o: { name: string; serviceId: string; isNew: boolean }): Mail {
  return {
    to,
    subject: o.isNew ? `Your listing “${o.name}” is now live` : `Your changes to “${o.name}” are now live`,
    text: [
      o.isNew
        ? `Good news: “${o.name}” has been checked and is now in the directory.`
        : `Your changes to “${o.name}” have been checked and are now live.`,
      "",
      `See it as the public does: ${appUrl(`/services/${o.serviceId}`)}`,
      "",
      "We will ask you to confirm it is still correct every six months.",
      ...footer(),
    ].join("\n"),
  };
}

export function changesRequestedMail(to: string, o: { name: string; message: string; isNew: boolean }): Mail {
  return {
    to,
    subject: `Changes needed to “${o.name}”`,
    text: [
      `A moderator has looked at ${o.isNew ? "your new listing" : "your changes to"} “${o.name}” and needs you to change something before it can go live:`,
      "",
      o.message,
      "",
      o.isNew ? "Your listing is not public yet." : "The current version stays live until your changes are approved.",
      "Nothing you entered has been lost: open it from your listings, change it and send it again.",
      ...footer(),
    ].join("\n"),
  };
}

export function rejectedMail(to: string, o: { name: string; reason: string; isNew: boolean }): Mail {
  return {
    to,
    subject: o.isNew ? `Your listing “${o.name}” was not approved` : `Your changes to “${o.name}” were not approved`,
    text: [
      `A moderator has looked at ${o.isNew ? "your new listing" : "your changes to"} “${o.name}” and could not approve ${o.isNew ? "it" : "them"}, for this reason:`,
      "",
      o.reason,
      "",
      o.isNew ? "If you think this is a mistake, reply to this email." : "The current version of your listing stays as it was.",
      ...footer(),
    ].join("\n"),
  };
}

export function archivedMail(to: string, o: { name: string; reason: string }): Mail {
  return {
    to,
    subject: `“${o.name}” has been removed from the directory`,
    text: [
      `A moderator has archived your listing “${o.name}”, so it no longer appears in the directory. The reason:`,
      "",
      o.reason,
      "",
      "If it is still running, reply to this email and we will put it back.",
      ...footer(),
    ].join("\n"),
  };
}
