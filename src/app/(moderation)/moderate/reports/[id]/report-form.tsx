"use client";

import { DecisionForm } from "@/components/moderation/decision-form";
import { decideReportAction } from "./actions";

export function ReportForm(props: {
  reportId: string;
  lockVersion: number;
  serviceId: string;
  serviceVersion: number;
  canArchive: boolean;
}) {
  return (
    <DecisionForm
      action={decideReportAction}
      hidden={{
        reportId: props.reportId,
        lockVersion: props.lockVersion,
        serviceId: props.serviceId,
        serviceVersion: props.serviceVersion,
      }}
      reloadHref={`/moderate/reports/${props.reportId}`}
      choice={{
        name: "outcome",
        label: "What do you do?",
        options: [
          ...(props.canArchive
            ? [
                {
                  value: "archive",
                  label: "Archive the listing",
                  hint: "It has closed or is wrong beyond repair. It leaves the directory; its owners are emailed your note.",
                },
              ]
            : []),
          { value: "resolved", label: "Mark as resolved", hint: "The listing has been put right, or the owner will do it." },
          { value: "dismissed", label: "Dismiss", hint: "Nothing is wrong, or it is spam." },
        ],
      }}
      note={{ name: "note", label: "Note", hint: "Needed when archiving. Kept in the listing's history.", rows: 3 }}
      submitLabel="Confirm"
    />
  );
}
