import { resendVerification } from "@helios/core/auth/verify-email";
import { userRoute } from "../lib/handler";
import { json } from "../lib/response";

export const handler = userRoute(async ({ userId }) => json(202, await resendVerification(userId)));
