"use client";

import { DecisionForm } from "@/components/moderation/decision-form";
import { decideImportAction } from "./actions";

/** Approve what the feed says, or reject it with a reason (kept in the listing's history; the feed is not told). */
export function ImportDecisionForm(props: { importRecordId: string; lockVersion: number; isNew: boolean; canApprove: boolean }) {
  return (
    <DecisionForm
      action={decideImportAction}
      hidden={{ importRecordId: props.importRecordId, lockVersion: props.lockVersion }}
      reloadHref={`/moderate/imports/${props.importRecordId}`}
      problemId="decision-problem"
      choice={{
        name: "decision",
        label: "What do you decide?",
        options: [
          ...(props.canApprove
            ? [
                {
                  value: "approve",
                  label: props.isNew ? "Approve and publish" : "Approve the change",
                  hint: props.isNew ? "The listing goes live now, credited to the feed." : "The live listing shows what the feed says now.",
                },
              ]
            : []),
          {
            value: "reject",
            label: "Reject",
            hint: props.isNew
              ? "It will not be published. The same version from the feed will not come back to the queue."
              : "The live listing stays as it is. The same version from the feed will not come back to the queue.",
          },
        ],
      }}
      note={{
        name: "reason",
        label: "Reason",
        hint: "Needed when you reject. Other moderators read it in the listing's history.",
        rows: 3,
      }}
      submitLabel="Confirm decision"
    />
  );
}
