import { conflict } from "../errors/app-error";

export const twilioNotConnected = () =>
  conflict("twilio_not_connected", "Twilio is not connected: connect it in Integrations first");
