import { routes } from "@helios/contracts/routes";
import { logout } from "@helios/core/auth/account";
import { userHandler } from "../lib/route";

export const handler = userHandler(routes["auth/logout"], ({ session }) => logout(session));
