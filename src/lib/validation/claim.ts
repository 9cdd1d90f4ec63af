import { z } from "zod";
import { plainText } from "./listing";

/** "Is this your organisation? Claim it": which of your organisations will manage it, and how you are connected. */
export const claimSchema = z.object({
  organisationId: z.uuid({ error: "Choose the organisation that runs this activity" }),
  message: plainText("How you are connected", 1000).min(20, "Tell us how you are connected to this activity, in at least 20 characters"),
});
export type ClaimInput = z.input<typeof claimSchema>;
