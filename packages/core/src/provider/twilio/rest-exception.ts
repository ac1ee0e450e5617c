import RestExceptionImport from "twilio/lib/base/RestException.js";
import { cjsDefault } from "./cjs-default";

const RestException = cjsDefault(RestExceptionImport);

export type TwilioRestException = InstanceType<typeof RestException>;

/** Twilio's answer to a failed REST call, as the SDK throws it (`status`, `code`, `moreInfo`). */
export const isTwilioRestException = (error: unknown): error is TwilioRestException =>
  error instanceof RestException;
