import { routes } from "helios:routes/credentials";
import { groupHandler } from "./dispatch";

export const handler = groupHandler("credentials", routes);
