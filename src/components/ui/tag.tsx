import type { ReactNode } from "react";
import { formatDate } from "@/lib/dates";

export type TagTone = "grey" | "blue" | "green" | "yellow" | "red" | "purple" | "orange";

/** A short status label such as "Published" or "Not yet verified" (colours: .tag-* in globals.css). */
export function Tag({ tone = "blue", children }: { tone?: TagTone; children: ReactNode }) {
  return <strong className={`tag tag-${tone}`}>{children}</strong>;
}

export type ListingStatus = "draft" | "pending" | "published" | "rejected" | "archived";

const listingTags: Record<ListingStatus, { tone: TagTone; text: string }> = {
  draft: { tone: "grey", text: "Draft" },
  pending: { tone: "yellow", text: "Pending review" },
  published: { tone: "green", text: "Published" },
  rejected: { tone: "red", text: "Rejected" },
  archived: { tone: "grey", text: "Archived" },
};

/** The listing lifecycle as a tag, so every page words each status the same way. */
export function ListingStatusTag({ status }: { status: ListingStatus }) {
  const tag = listingTags[status];
  return <Tag tone={tag.tone}>{tag.text}</Tag>;
}

/** "Verified <date>" or an honest "Not yet verified" when nobody has checked the listing, with its tone. */
export function verificationTag(verifiedAt: Date | null | undefined): [tone: TagTone, text: string] {
  return verifiedAt ? ["green", `Verified ${formatDate(verifiedAt)}`] : ["orange", "Not yet verified"];
}

export function VerificationTag({ verifiedAt }: { verifiedAt: Date | null | undefined }) {
  const [tone, text] = verificationTag(verifiedAt);
  return <Tag tone={tone}>{text}</Tag>;
}
