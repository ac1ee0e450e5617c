import { routes } from "@helios/contracts/routes";
import { logoutAll } from "@helios/core/auth/account";
import { userHandler } from "../lib/route";

export const handler = userHandler(routes["auth/logout-all"], ({ userId }) => logoutAll(userId));
