"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button, Radios, TextInput, Textarea } from "@/components/ui";
import { valueOf } from "@/lib/form-state";
import { REPORT_TOPICS } from "@/lib/validation/report";
import { submitReportAction } from "./actions";

export function ReportForm({ serviceId }: { serviceId: string }) {
  return (
    <ActionForm action={submitReportAction} problem={{ title: "Your report was not sent" }} hidden={{ serviceId }}>
      {({ state, pending }) => (
        <>
          <Radios
            name="topic"
            label={<span className="text-heading-m">What is the problem?</span>}
            defaultValue={valueOf(state, "topic")}
            error={state.fieldErrors.topic}
            options={REPORT_TOPICS.map((t) => ({ value: t.code, label: t.name }))}
          />
          <Textarea
            name="message"
            label="Tell us what is wrong or what has changed"
            hint="For example: “It now meets on Thursdays”, or “The phone number is out of date”. Please do not include anyone’s personal details."
            defaultValue={valueOf(state, "message")}
            error={state.fieldErrors.message}
          />
          <TextInput
            name="contactEmail"
            type="email"
            label="Your email address (optional)"
            hint="Only if you are happy for a moderator to contact you about this. We do not share it with the group."
            autoComplete="email"
            spellCheck={false}
            defaultValue={valueOf(state, "contactEmail")}
            error={state.fieldErrors.contactEmail}
            width="30ch"
          />
          {/* Honeypot: invisible to people (and to screen readers); bots that fill every field give themselves away. */}
          <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
            <label htmlFor="website">Leave this empty</label>
            <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <Button disabled={pending}>{pending ? "Sending…" : "Send report"}</Button>
        </>
      )}
    </ActionForm>
  );
}
