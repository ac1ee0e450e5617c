import { routes } from "helios:routes/workspace";
import { groupHandler } from "./dispatch";

export const handler = groupHandler("workspace", routes);
