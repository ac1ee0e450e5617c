import { routes } from "@helios/contracts/routes";
import { preview } from "@helios/core/invitation/accept";
import { publicHandler } from "../lib/route";

export const handler = publicHandler(routes["invitations/preview"], ({ params }) =>
  preview(params.token),
);
