import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { send } from "./http";

export const FAULTS_PATH = "/_sandbox/faults";

/**
 * What a provider does wrong to one send: answers 5xx, never answers (the caller's timeout fires),
 * or refuses the credentials it accepted a moment ago.
 */
export const SendFault = z.enum(["unavailable", "timeout", "unauthorized"]);
export type SendFault = z.infer<typeof SendFault>;

const FaultRequest = z.object({
  /** The recipient whose next sends fail: `whatsapp:+E164`, `+E164` or Meta's digits-only wa_id. */
  to: z.string().min(8),
  fault: SendFault,
  times: z.number().int().min(1).max(100).default(1),
});

/** The recipient in one spelling for both providers: its digits. */
const recipientKey = (to: string) => to.replace(/\D/g, "");

/**
 * Faults armed for the next sends to a recipient, through either provider. Keyed by recipient so
 * that tests running side by side, each with its own customer, never trip over each other's faults.
 */
export class SendFaults {
  private readonly armed = new Map<string, { fault: SendFault; remaining: number }>();

  /** The fault for this send, if one is armed for its recipient (and uses it up). */
  take(to: string): SendFault | undefined {
    const key = recipientKey(to);
    const entry = this.armed.get(key);
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.armed.delete(key);
    return entry.fault;
  }

  /** `POST /_sandbox/faults {to, fault, times}` arms a fault; `DELETE` clears them all. */
  handle(req: IncomingMessage, res: ServerResponse, body: Buffer): number {
    if (req.method === "DELETE") {
      this.armed.clear();
      return send(res, 204, "");
    }
    if (req.method !== "POST")
      return send(res, 405, "Use POST or DELETE", { allow: "POST, DELETE" });
    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      return send(res, 400, "The body must be JSON", { "content-type": "text/plain" });
    }
    const parsed = FaultRequest.safeParse(json);
    if (!parsed.success) {
      return send(res, 400, z.prettifyError(parsed.error), { "content-type": "text/plain" });
    }
    const { to, fault, times } = parsed.data;
    this.armed.set(recipientKey(to), { fault, remaining: times });
    return send(res, 201, JSON.stringify({ to, fault, times }), {
      "content-type": "application/json",
    });
  }
}

/** A provider that never answers: hold the request until the caller gives up and hangs up. */
export function holdUntilClosed(res: ServerResponse, maxMs = 60_000): Promise<number> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(send(res, 504, "Gateway Timeout")), maxMs);
    res.once("close", () => {
      clearTimeout(timer);
      resolve(0);
    });
  });
}
