// The search form's fixed choices, without zod, so the form (a client component) can ship them without the
// schema library; src/lib/validation/search.ts validates the URL against the same lists.

export const RADIUS_CHOICES_KM = [1, 2, 5, 10, 20] as const;
export const DEFAULT_RADIUS_KM = 5;

export const TIMES_OF_DAY = [
  { code: "morning", name: "Morning", hint: "starts before 12pm", from: 0, to: 12 * 60 },
  { code: "afternoon", name: "Afternoon", hint: "12pm to 5pm", from: 12 * 60, to: 17 * 60 },
  { code: "evening", name: "Evening", hint: "after 5pm", from: 17 * 60, to: 24 * 60 },
] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number]["code"];
