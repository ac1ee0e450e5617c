import { routes } from "helios:routes/realtime";
import { groupHandler } from "./dispatch";

export const handler = groupHandler("realtime", routes);
