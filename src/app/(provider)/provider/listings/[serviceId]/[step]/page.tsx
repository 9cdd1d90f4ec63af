import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeading } from "@/components/ui";
import { env } from "@/env";
import { requireUser } from "@/server/auth/permissions";
import { STEPS, applicableSteps, previousStep } from "@/lib/listing-form/steps";
import { toStepValues } from "@/lib/listing-form/step-values";
import { emptySessionRow, writeSessionRows } from "@/lib/listing-form/session-rows";
import { emptyVenueRow, venueLabel, writeVenueRows } from "@/lib/listing-form/venue-rows";
import { stepIdSchema, type StepId } from "@/lib/validation/listing-steps";
import type { ListingDraft } from "@/lib/listing-form/draft";
import { BackLink } from "../../../_components/back-link";
import { captionOf, loadDraft } from "../../_forms/load-draft";
import { StepForm } from "../../_forms/step-form";
import { saveStepAction } from "../../step-actions";

type Params = {
  params: Promise<{ serviceId: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const step = stepIdSchema.safeParse((await params).step);
  return { title: step.success ? STEPS[step.data].title : "Add a listing" };
}

/** A step shows the saved answer; a new draft starts with one empty venue or weekly session to fill in. */
function initialValues(step: StepId, draft: ListingDraft) {
  if (step === "venues" && !draft.locations?.length) return writeVenueRows([emptyVenueRow()]);
  if (step === "when" && draft.sessions === undefined) return writeSessionRows([emptySessionRow("weekly")]);
  return toStepValues(step, draft);
}

export default async function ListingStepPage({ params, searchParams }: Params) {
  const { serviceId, step: rawStep } = await params;
  const user = await requireUser(`/provider/listings/${serviceId}/${rawStep}`);
  const parsed = stepIdSchema.safeParse(rawStep);
  if (!parsed.success) notFound();
  const step = parsed.data;
  const view = await loadDraft(serviceId, user);
  if (!view.revision || view.revision.status === "pending") redirect(`/provider/listings/${serviceId}/check`);
  if (step === "accessibility" && !view.draft.locations?.length) redirect(`/provider/listings/${serviceId}/venues`);

  const returnToCheck = (await searchParams).return === "check";
  const previous = previousStep(step, view.draft);
  const back = returnToCheck
    ? `/provider/listings/${serviceId}/check`
    : previous
      ? `/provider/listings/${serviceId}/${previous}`
      : "/provider";
  const steps = applicableSteps(view.draft);
  const position = steps.indexOf(step) + 1;
  const venueNames = (view.draft.locations ?? []).map((l, i) => venueLabel(l, i));

  return (
    <div className="max-w-measure">
      <BackLink href={back} />
      <PageHeading caption={captionOf(view)}>
        {step === "accessibility" && venueNames.length === 1 ? `Accessibility at ${venueNames[0]}` : STEPS[step].title}
      </PageHeading>
      {position > 0 && !returnToCheck ? (
        <p className="-mt-4 mb-6 text-muted">
          Step {position} of {steps.length}
        </p>
      ) : null}
      <StepForm
        action={saveStepAction.bind(null, serviceId, step, returnToCheck)}
        step={step}
        returnToCheck={returnToCheck}
        initialValues={initialValues(step, view.draft)}
        venueNames={venueNames}
        tileUrl={env().MAP_TILE_URL}
      />
    </div>
  );
}
