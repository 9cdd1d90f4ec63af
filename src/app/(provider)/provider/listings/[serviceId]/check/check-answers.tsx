import type { ReactNode } from "react";
import { SummaryList, type SummaryRow } from "@/components/ui";
import { fieldId } from "@/lib/form-state";
import type { ListingDraft } from "@/lib/listing-form/draft";
import { STEPS, applicableSteps } from "@/lib/listing-form/steps";
import {
  accessText,
  addressLines,
  agesText,
  attendanceText,
  freeText,
  HIDDEN_ADDRESS_TEXT,
  sessionLine,
  termsText,
} from "@/lib/listing-words";
import { venueLabel } from "@/lib/listing-form/venue-rows";
import type { StepId } from "@/lib/validation/listing-steps";

const NOT_ANSWERED = "Not answered";
const NONE_CHOSEN = "None chosen";

/** Every answer of a listing, grouped by step, each with a "Change" link back to its step (when editable). */
export function CheckAnswers({ serviceId, draft, editable }: { serviceId: string; draft: ListingDraft; editable: boolean }) {
  const venues = draft.locations ?? [];
  const names = venues.map((l, i) => venueLabel(l, i));
  const row = (step: StepId, path: string, key: string, value: ReactNode): SummaryRow => ({
    key,
    value,
    ...(editable
      ? {
          action: {
            href: `/provider/listings/${serviceId}/${step}?return=check#${fieldId(path)}`,
            label: "Change",
            hiddenText: key.toLowerCase(),
          },
        }
      : {}),
  });
  const rows: Record<StepId, SummaryRow[]> = {
    what: [
      row("what", "name", "Name", draft.name || NOT_ANSWERED),
      row("what", "description", "Description", <span className="whitespace-pre-line">{draft.description || NOT_ANSWERED}</span>),
      row("what", "categories", "Kind of activity", termsText("category", draft.categories) ?? NONE_CHOSEN),
    ],
    who: [
      row("who", "minimumAge", "Ages", agesText(draft.minimumAge, draft.maximumAge)),
      row("who", "audiences", "Especially for", termsText("audience", draft.audiences) ?? NONE_CHOSEN),
      row("who", "needs", "Could help with", termsText("need", draft.needs) ?? NONE_CHOSEN),
    ],
    how: [row("how", "attendingTypes", "How people take part", attendanceText(draft.attendingTypes) ?? NOT_ANSWERED)],
    venues: venues.map((l, i) =>
      row(
        "venues",
        `locations.${i}.postcode`,
        venues.length > 1 ? `Venue ${i + 1}` : "Venue",
        <Lines lines={[...addressLines(l), ...(l.hideExactAddress ? [HIDDEN_ADDRESS_TEXT] : [])]} />,
      ),
    ),
    when: [
      row(
        "when",
        "sessions",
        "Sessions",
        draft.sessions?.length ? (
          <Lines lines={draft.sessions.map((s) => sessionLine(s, names.length > 1 ? (names[s.locationIndex ?? 0] ?? "?") : null))} />
        ) : (
          "No set times"
        ),
      ),
    ],
    cost: [
      row("cost", "isFree", "Free", freeText(draft.isFree) ?? NOT_ANSWERED),
      row("cost", "fees", "Cost details", draft.fees || "None given"),
    ],
    join: [
      row("join", "accessTypes", "How to join", accessText(draft.accessTypes) ?? NOT_ANSWERED),
      row("join", "contactName", "Contact name", draft.contactName || "None given"),
      row("join", "email", "Email", draft.email || "None given"),
      row("join", "phone", "Phone", draft.phone || "None given"),
      row("join", "url", "Website", draft.url || "None given"),
    ],
    accessibility: venues.map((l, i) =>
      row(
        "accessibility",
        `locations.${i}.accessibility`,
        names.length > 1 ? `At ${names[i]}` : "Features",
        l.accessibility ? (termsText("accessibility", l.accessibility) ?? NONE_CHOSEN) : NOT_ANSWERED,
      ),
    ),
  };
  return (
    <>
      {applicableSteps(draft).map((step) => (
        <section key={step} aria-labelledby={`section-${step}`}>
          <h2 id={`section-${step}`} className="mb-2 text-heading-m font-bold">
            {STEPS[step].section}
          </h2>
          <SummaryList
            rows={rows[step].length ? rows[step] : [row(step, step === "venues" ? "locations" : step, "Answer", NOT_ANSWERED)]}
          />
        </section>
      ))}
    </>
  );
}

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
    </>
  );
}
