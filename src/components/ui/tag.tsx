import type { ReactNode } from "react";
import { formatDate } from "@/lib/dates";

export type TagTone = "grey" | "blue" | "green" | "yellow" | "red" | "purple" | "orange";

// Dark text on a light tint: every pair is ≥ 7:1, and the words carry the meaning, not the colour.
const tones: Record<TagTone, string> = {
  grey: "bg-[#e5e6e7] text-[#282d30]",
  blue: "bg-[#bbd4ea] text-[#0c2d4a]",
  green: "bg-[#cce2d8] text-[#005a30]",
  yellow: "bg-[#fff7bf] text-[#594d00]",
  red: "bg-[#f4cdc6] text-[#2a0b06]",
  purple: "bg-[#dbd5e9] text-[#3d2375]",
  orange: "bg-[#fcd6c3] text-[#6e3619]",
};

/** A short status label such as "Published" or "Not yet verified". */
export function Tag({ tone = "blue", children }: { tone?: TagTone; children: ReactNode }) {
  return <strong className={`inline-block max-w-full px-2 py-0.5 text-small font-bold ${tones[tone]}`}>{children}</strong>;
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

/** "Verified <date>" or an honest "Not yet verified" when nobody has checked the listing. */
export function VerificationTag({ verifiedAt }: { verifiedAt: Date | null | undefined }) {
  if (!verifiedAt) return <Tag tone="orange">Not yet verified</Tag>;
  return <Tag tone="green">Verified {formatDate(verifiedAt)}</Tag>;
}
