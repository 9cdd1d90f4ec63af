import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/server/auth/permissions";
import { loadDraft } from "../../_forms/load-draft";

export const metadata: Metadata = { title: "Sent for review" };

export default async function SubmittedPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const user = await requireUser(`/provider/listings/${serviceId}/submitted`);
  const view = await loadDraft(serviceId, user);
  const isEdit = view.listingStatus === "published";
  return (
    <div className="max-w-measure">
      <div className="mb-8 bg-success p-6 text-center text-white sm:p-8">
        <h1 className="mb-4 text-heading-xl font-bold">{isEdit ? "Changes sent for review" : "Listing sent for review"}</h1>
        <p className="text-heading-s">{view.name}</p>
      </div>
      <div className="prose-body">
        <h2>What happens next</h2>
        <p>A moderator will check it, usually within a few working days. We will email you when they have.</p>
        <p>
          {isEdit ? "Until then, the live listing stays exactly as it was." : "It will appear in the directory once it is approved."} If the
          moderator needs something changed, they will say what, and you can update it.
        </p>
        <p>
          <Link href="/provider">Go to your listings</Link>
        </p>
      </div>
    </div>
  );
}
