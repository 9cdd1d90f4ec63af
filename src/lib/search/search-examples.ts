// The example searches under the search box: words that find listings in the seeded directory (a test runs
// each one on the seeded database). Change them when the directory changes, never to words that find nothing.
export const SEARCH_EXAMPLES = ["library", "museum", "dance", "allotment", "walking"] as const;
