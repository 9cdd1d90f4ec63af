"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { errorState, fieldErrorsFrom, type FormState } from "@/lib/form-state";
import { MAX_SHORTLIST, emailShortlistSchema, parseShortlistIds, shortlistToggleSchema } from "@/lib/shortlist";
import { appOrigin } from "@/server/http/app-url";
import { clientAddress } from "@/server/http/client-address";
import { requestLogger } from "@/server/log/log";
import { recordListingDemand } from "@/server/insights/record-listing-demand";
import { emailShortlist } from "@/server/shortlist/email-shortlist";
import { readShortlistIds, writeShortlistIds } from "@/server/shortlist/shortlist-cookie";

// The shortlist lives in the person's own browser (a cookie), so these actions need no account: each only
// changes the caller's cookie, or sends mail under a rate limit. See docs/decisions/0012-shortlist.md.

export type ToggleState = { status: "idle" | "success" | "error"; message?: string; serviceId?: string };

/** `toggle` is the pressed button's value, "add:<id>" or "remove:<id>" (one ShortlistForm serves many buttons). */
export async function toggleShortlistAction(_previous: ToggleState, formData: FormData): Promise<ToggleState> {
  const toggle = String(formData.get("toggle") ?? "");
  const split = toggle.indexOf(":");
  const parsed = shortlistToggleSchema.safeParse({ op: toggle.slice(0, Math.max(split, 0)), serviceId: toggle.slice(split + 1) });
  if (!parsed.success) return { status: "error", message: "We could not change your shortlist. Try again." };
  const ids = await readShortlistIds();
  const { serviceId, op } = parsed.data;
  if (op === "add" && !ids.includes(serviceId)) {
    if (ids.length >= MAX_SHORTLIST)
      return { status: "error", message: `Your shortlist is full (${MAX_SHORTLIST}). Remove one first.`, serviceId };
    await writeShortlistIds([...ids, serviceId]);
    // Counted only when it was not on the list already, after the answer is sent (ADR 0032).
    const log = await requestLogger();
    after(() =>
      recordListingDemand({ serviceIds: [serviceId], kind: "shortlist" }).catch((error: unknown) =>
        log.error("shortlist.listing_demand_failed", { error }),
      ),
    );
  }
  if (op === "remove") await writeShortlistIds(ids.filter((id) => id !== serviceId));
  return { status: "success" };
}

/** "Keep this list on this device": a shared shortlist becomes this browser's shortlist. */
export async function keepSharedShortlistAction(formData: FormData): Promise<void> {
  const ids = parseShortlistIds(formData.get("ids"));
  await writeShortlistIds(ids);
  redirect("/shortlist");
}

export async function clearShortlistAction(): Promise<void> {
  await writeShortlistIds([]);
  redirect("/shortlist");
}

export async function emailShortlistAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = emailShortlistSchema.safeParse({ email: formData.get("email") ?? "", ids: formData.get("ids") ?? "" });
  if (!parsed.success) {
    // The ids are hidden fields: a problem with them is shown against the one field the person can see.
    const { email, ids } = fieldErrorsFrom(parsed.error);
    return errorState(formData, { email: (email ?? ids)! });
  }
  const result = await emailShortlist({
    to: parsed.data.email,
    ids: parsed.data.ids,
    clientAddress: await clientAddress(),
    baseUrl: appOrigin(),
  });
  // Shown against the one field the person can see.
  if (!result.ok) return errorState(formData, { email: result.error.message });
  const sent = result.value.sent === 1 ? "1 activity" : `${result.value.sent} activities`;
  return {
    status: "success",
    message: `We sent ${sent} to ${parsed.data.email}. We have not kept the address.`,
    fieldErrors: {},
    values: {},
  };
}
