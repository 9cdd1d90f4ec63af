"use client";

import { useActionState } from "react";
import { ActionProblem } from "@/components/moderation/action-problem";
import { Button, ErrorSummary, Radios, Textarea } from "@/components/ui";
import { initialFormState, summaryItems, valueOf } from "@/lib/form-state";
import { decideRevisionAction } from "./actions";

/** Approve, ask for changes or reject: one question, one message to the provider, one button. */
export function DecisionForm(props: { revisionId: string; lockVersion: number; serviceVersion: number; isNew: boolean; canApprove: boolean }) {
  const [state, action, pending] = useActionState(decideRevisionAction, initialFormState);
  const href = `/moderate/revisions/${props.revisionId}`;
  return (
    <>
      <ActionProblem message={state.message} reloadHref={href} id="decision-problem" />
      <ErrorSummary errors={summaryItems(state)} />
      <form action={action} noValidate>
        <input type="hidden" name="revisionId" value={props.revisionId} />
        <input type="hidden" name="lockVersion" value={props.lockVersion} />
        <input type="hidden" name="serviceVersion" value={props.serviceVersion} />
        <Radios
          name="decision"
          label={<span className="text-heading-m">What do you decide?</span>}
          defaultValue={valueOf(state, "decision")}
          error={state.fieldErrors.decision}
          options={[
            ...(props.canApprove
              ? [{ value: "approve", label: "Approve and publish", hint: props.isNew ? "The listing goes live now, marked as verified today." : "The live listing is replaced by this version now, marked as verified today." }]
              : []),
            { value: "request_changes", label: "Ask the provider to change something", hint: props.isNew ? "It goes back to them as a draft; nothing they wrote is lost." : "The live listing stays as it is until they send a new version." },
            { value: "reject", label: "Reject", hint: props.isNew ? "It will not be published." : "The live listing stays as it is." },
          ]}
        />
        <Textarea
          name="message"
          label="Message to the provider"
          hint="Needed when you ask for changes or reject. They read it in their email, so write it for them."
          defaultValue={valueOf(state, "message")}
          error={state.fieldErrors.message}
          rows={4}
        />
        <Button disabled={pending}>{pending ? "Saving…" : "Confirm decision"}</Button>
      </form>
    </>
  );
}
