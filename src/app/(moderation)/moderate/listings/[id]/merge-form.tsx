"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button, Radios, Textarea } from "@/components/ui";
import { mergeListingAction } from "./actions";

/** Merge this listing (the duplicate) into one of the suggested listings, which stays. */
export function MergeForm({
  serviceId,
  version,
  candidates,
}: {
  serviceId: string;
  version: number;
  candidates: ReadonlyArray<{ id: string; name: string }>;
}) {
  return (
    <ActionForm
      action={mergeListingAction}
      problem={{ reloadHref: `/moderate/listings/${serviceId}`, id: "merge-problem" }}
      summary={false}
      hidden={{ duplicateId: serviceId, duplicateVersion: version }}
    >
      {({ pending, field }) => (
        <>
          <Radios
            {...field("targetId")}
            id="merge-target"
            label="Merge this listing into"
            hint="The listing you choose stays. This one is archived; its open reports and claims move across."
            options={candidates.map((c) => ({ value: c.id, label: c.name }))}
          />
          <Textarea {...field("reason")} id="merge-reason" label="Note (optional)" rows={2} />
          <Button variant="warning" disabled={pending}>
            {pending ? "Merging…" : "Merge and archive this listing"}
          </Button>
        </>
      )}
    </ActionForm>
  );
}
