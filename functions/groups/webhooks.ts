import { routes } from "helios:routes/webhooks";
import { groupHandler } from "./dispatch";

export const handler = groupHandler("webhooks", routes);
