"use client";

import { ActionForm } from "@/components/forms/action-form";
import { Button, Checkboxes } from "@/components/ui";
import { categories } from "@/lib/vocabulary";
import { editCategoriesAction } from "./actions";

/** Providers suggest categories; the moderator sets them before approving. */
export function CategoriesForm({
  revisionId,
  lockVersion,
  selected,
}: {
  revisionId: string;
  lockVersion: number;
  selected: readonly string[];
}) {
  return (
    <ActionForm
      action={editCategoriesAction}
      problem={{ reloadHref: `/moderate/revisions/${revisionId}`, id: "categories-problem" }}
      summary={false}
      hidden={{ revisionId, lockVersion }}
    >
      {({ state, pending }) => {
        const values = state.values.categories;
        const ticked = values === undefined ? selected : Array.isArray(values) ? values : [values];
        return (
          <details className="mb-4" open={Boolean(state.fieldErrors.categories)}>
            <summary className="cursor-pointer font-bold text-link">Change the categories</summary>
            <div className="mt-4">
              <Checkboxes
                name="categories"
                label="Categories"
                hint="Choose up to 5. Approving publishes the categories saved here."
                options={categories.map((c) => ({ value: c.code, label: c.name }))}
                defaultValue={ticked}
                error={state.fieldErrors.categories}
              />
              <Button variant="secondary" disabled={pending}>
                {pending ? "Saving…" : "Save categories"}
              </Button>
            </div>
          </details>
        );
      }}
    </ActionForm>
  );
}
