import { routes } from "helios:routes/auth";
import { groupHandler } from "./dispatch";

export const handler = groupHandler("auth", routes);
