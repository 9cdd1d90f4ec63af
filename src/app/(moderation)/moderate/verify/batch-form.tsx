"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button, Textarea } from "@/components/ui";
import { valueOf } from "@/lib/form-state";
import { verifyBatchAction } from "./actions";

export type BatchRow = {
  id: string;
  version: number;
  name: string;
  where: string;
  url: string | null;
  searches: number;
  shortlists: number;
  unreachableAt: Date | null;
};

/** A table of imported listings with a tick box each; one button verifies the ticked ones, another archives them. */
export function BatchForm({ rows, place }: { rows: readonly BatchRow[]; place: string | undefined }) {
  const cell = "border-b border-rule py-2 pr-3 text-left align-top";
  return (
    <ActionForm action={verifyBatchAction} problem={{ reloadHref: "/moderate/verify" }}>
      {({ state, pending }) => {
        const ticked = new Set([state.values.items ?? []].flat());
        return (
          <>
            <div id="items" tabIndex={-1}>
              <table className="mb-6 w-full">
                <caption className="mb-2 text-left text-muted">Tick the listings you have checked.</caption>
                <thead>
                  <tr>
                    <th scope="col" className={cell}>
                      <span className="sr-only">Tick</span>
                    </th>
                    <th scope="col" className={cell}>
                      Listing
                    </th>
                    <th scope="col" className={`${cell} hidden sm:table-cell`}>
                      Where
                    </th>
                    <th scope="col" className={`${cell} hidden sm:table-cell`}>
                      Website
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <td className={cell}>
                        <input
                          type="checkbox"
                          id={`item-${r.id}`}
                          name="items"
                          value={`${r.id}:${r.version}`}
                          defaultChecked={ticked.has(`${r.id}:${r.version}`)}
                          className="size-7 accent-ink"
                        />
                      </td>
                      <td className={cell}>
                        <label htmlFor={`item-${r.id}`} className="font-bold">
                          {r.name}
                        </label>
                        <span className="block text-small text-muted sm:hidden">{r.where}</span>
                        <span className="block text-small text-muted">
                          {demandText(r)}
                          {r.unreachableAt ? ". Could not be reached recently" : ""}
                        </span>
                        <a href={`/moderate/verify/${r.id}${place ? `?place=${place}` : ""}`} className="block text-small">
                          Check<span className="sr-only"> {r.name}</span>
                        </a>
                      </td>
                      <td className={`${cell} hidden sm:table-cell`}>{r.where}</td>
                      <td className={`${cell} hidden break-all sm:table-cell`}>
                        {r.url && /^https?:\/\//i.test(r.url) ? (
                          <a href={r.url} rel="noreferrer nofollow">
                            {r.url}
                          </a>
                        ) : (
                          (r.url ?? "None")
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Textarea
              name="reason"
              label="Reason"
              hint="Needed only when archiving."
              defaultValue={valueOf(state, "reason")}
              error={state.fieldErrors.reason}
              rows={2}
            />
            <div className="flex flex-wrap gap-4">
              <Button name="action" value="verify" disabled={pending}>
                Mark ticked as verified
              </Button>
              <Button name="action" value="archive" variant="warning" disabled={pending}>
                Archive ticked
              </Button>
            </div>
          </>
        );
      }}
    </ActionForm>
  );
}

function demandText({ searches, shortlists }: { searches: number; shortlists: number }): string {
  if (searches === 0 && shortlists === 0) return "Not in searches or shortlists lately";
  const times = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "time" : "times"}`;
  return `In 28 days: shown ${times(searches)}, shortlisted ${times(shortlists)}`;
}
