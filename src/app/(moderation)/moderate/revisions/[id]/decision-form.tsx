"use client";

import { DecisionForm as ModerationDecisionForm } from "@/components/moderation/decision-form";
import { decideRevisionAction } from "./actions";

/** Approve, ask for changes or reject: one question, one message to the provider, one button. */
export function DecisionForm(props: {
  revisionId: string;
  lockVersion: number;
  serviceVersion: number;
  isNew: boolean;
  canApprove: boolean;
}) {
  return (
    <ModerationDecisionForm
      action={decideRevisionAction}
      hidden={{ revisionId: props.revisionId, lockVersion: props.lockVersion, serviceVersion: props.serviceVersion }}
      reloadHref={`/moderate/revisions/${props.revisionId}`}
      problemId="decision-problem"
      choice={{
        name: "decision",
        label: "What do you decide?",
        options: [
          ...(props.canApprove
            ? [
                {
                  value: "approve",
                  label: "Approve and publish",
                  hint: props.isNew
                    ? "The listing goes live now, marked as verified today."
                    : "The live listing is replaced by this version now, marked as verified today.",
                },
              ]
            : []),
          {
            value: "request_changes",
            label: "Ask the provider to change something",
            hint: props.isNew
              ? "It goes back to them as a draft; nothing they wrote is lost."
              : "The live listing stays as it is until they send a new version.",
          },
          { value: "reject", label: "Reject", hint: props.isNew ? "It will not be published." : "The live listing stays as it is." },
        ],
      }}
      note={{
        name: "message",
        label: "Message to the provider",
        hint: "Needed when you ask for changes or reject. They read it in their email, so write it for them.",
        rows: 4,
      }}
      submitLabel="Confirm decision"
    />
  );
}
