import { cache } from "react";
import { getActor } from "@/server/auth/permissions";

/** The signed-in person for the header's pieces (links, navigation, queue badge): asked once per request. */
export const currentActor = cache(getActor);
