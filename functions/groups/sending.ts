import { routes } from "helios:routes/sending";
import { groupHandler } from "./dispatch";

export const handler = groupHandler("sending", routes);
