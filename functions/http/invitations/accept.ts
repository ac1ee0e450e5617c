import { routes } from "@helios/contracts/routes";
import { accept } from "@helios/core/invitation/accept";
import { optionalUserHandler } from "../lib/route";

export const handler = optionalUserHandler(
  routes["invitations/accept"],
  ({ params, body, session }) => accept(params.token, body, session),
);
