"use client";

import { useActionState } from "react";
import { ActionProblem } from "@/components/moderation/action-problem";
import { Button, ErrorSummary, Radios, Textarea } from "@/components/ui";
import { initialFormState, summaryItems, valueOf } from "@/lib/form-state";
import { decideReportAction } from "./actions";

export function ReportForm(props: { reportId: string; lockVersion: number; serviceId: string; serviceVersion: number; canArchive: boolean }) {
  const [state, action, pending] = useActionState(decideReportAction, initialFormState);
  return (
    <>
      <ActionProblem message={state.message} reloadHref={`/moderate/reports/${props.reportId}`} />
      <ErrorSummary errors={summaryItems(state)} />
      <form action={action} noValidate>
        <input type="hidden" name="reportId" value={props.reportId} />
        <input type="hidden" name="lockVersion" value={props.lockVersion} />
        <input type="hidden" name="serviceId" value={props.serviceId} />
        <input type="hidden" name="serviceVersion" value={props.serviceVersion} />
        <Radios
          name="outcome"
          label={<span className="text-heading-m">What do you do?</span>}
          defaultValue={valueOf(state, "outcome")}
          error={state.fieldErrors.outcome}
          options={[
            ...(props.canArchive ? [{ value: "archive", label: "Archive the listing", hint: "It has closed or is wrong beyond repair. It leaves the directory; its owners are emailed your note." }] : []),
            { value: "resolved", label: "Mark as resolved", hint: "The listing has been put right, or the owner will do it." },
            { value: "dismissed", label: "Dismiss", hint: "Nothing is wrong, or it is spam." },
          ]}
        />
        <Textarea name="note" label="Note" hint="Needed when archiving. Kept in the listing's history." defaultValue={valueOf(state, "note")} error={state.fieldErrors.note} rows={3} />
        <Button disabled={pending}>{pending ? "Saving…" : "Confirm"}</Button>
      </form>
    </>
  );
}
