import { expect, test } from "@playwright/test";
import { signInByEmail, uniqueEmail } from "./support/accounts";
import { addOrganisation, fillNewListing, serviceRow } from "./support/provider";
import { blockMapTiles } from "./support/search-helpers";

// The whole life of a listing across the three sides of the directory, through the UI only: a provider lists
// an activity, a moderator approves it, and a link worker finds it by postcode and by a word from its name.
test("provider submits → moderator approves → the listing is live and searchable", async ({ browser }) => {
  test.slow();
  const word = `Quillby${Date.now()}`;
  const name = `${word} Community Singers`;

  const provider = await browser.newPage();
  await signInByEmail(provider, uniqueEmail("journey-provider"), { returnTo: "/provider" });
  await addOrganisation(provider, `Quillby Arts ${Date.now()}`);
  await fillNewListing(provider, name);
  await provider.getByRole("button", { name: "Send for review" }).click();
  await expect(provider.getByRole("heading", { name: "Listing sent for review" })).toBeVisible();
  const { id } = (await serviceRow(name))!;

  // Not public while it waits for review.
  const linkWorker = await browser.newPage();
  await blockMapTiles(linkWorker);
  expect((await linkWorker.goto(`/services/${id}`))?.status()).toBe(404);

  const moderator = await browser.newPage();
  await signInByEmail(moderator, uniqueEmail("journey-moderator"), { role: "moderator", returnTo: "/moderate?kind=new_listing" });
  await moderator.getByRole("link", { name }).click();
  await moderator.getByLabel("Approve and publish").check();
  await moderator.getByRole("button", { name: "Confirm decision" }).click();
  await expect(moderator.getByRole("alert").filter({ hasText: "Approved and published" })).toBeVisible();

  // The provider sees it live.
  await provider.goto("/provider");
  await expect(provider.getByTestId("provider-listing").filter({ hasText: name }).getByText("Live", { exact: true })).toBeVisible();

  // A link worker finds it near the venue's postcode, and by a word from its name.
  await linkWorker.goto(`/search?postcode=${encodeURIComponent("HX1 1QG")}&radius=1&category=singing-and-choirs&day=tue`);
  await expect(linkWorker.locator("#results-list > li").first()).toContainText(name);
  await linkWorker.goto(`/search?q=${word.toLowerCase()}`);
  await linkWorker.getByRole("link", { name }).click();
  await expect(linkWorker.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(linkWorker.getByText(/Tuesday/).first()).toBeVisible();
  await expect(linkWorker.getByText(/Verified|Last checked/).first()).toBeVisible();
  await expect(linkWorker.getByText("Not yet verified")).toHaveCount(0);
});
