import { routes } from "helios:routes/public";
import { groupHandler } from "./dispatch";

export const handler = groupHandler("public", routes);
