import { Button } from "@/components/ui";

/** Save and continue / Save and come back later, as on every step of the listing form. */
export function StepButtons({ pending, continueLabel = "Save and continue" }: { pending: boolean; continueLabel?: string }) {
  return (
    <div className="mt-8 flex flex-wrap items-center gap-4">
      <Button name="intent" value="continue" disabled={pending}>
        {continueLabel}
      </Button>
      <Button variant="secondary" name="intent" value="exit" disabled={pending}>
        Save and come back later
      </Button>
    </div>
  );
}

/**
 * Pressing Enter in a field submits with the form's first submit button. Forms with "Remove" buttons before
 * the real ones start with this invisible copy of "Save and continue", so Enter never removes a row.
 */
export function DefaultSubmit() {
  return (
    <button type="submit" name="intent" value="continue" tabIndex={-1} aria-hidden="true" className="sr-only">
      Save and continue
    </button>
  );
}
