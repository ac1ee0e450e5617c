import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { capMap } from "./http";

/**
 * What the provider sandbox knows, as Twilio and Meta would: the accounts, apps, senders and phone
 * numbers that were created or used through their APIs, their secrets, and where each number's
 * webhooks go. Nothing here is read from Helios: it is filled when Helios (or a person, through the
 * sandbox's dashboard endpoints) calls the sandbox. Kept in a JSON file when the local cloud gives
 * one, so a restart forgets nothing.
 */

const MAX_ENTRIES = 5000;
const SAVE_DELAY_MS = 200;

/** Where a number's webhooks go, and whether Helios took the last one. */
const Webhook = z.object({
  url: z.string(),
  /** Helios answered the last delivery with a 4xx: it does not take this number's deliveries. */
  refused: z.boolean().default(false),
});
export type Webhook = z.infer<typeof Webhook>;

const TwilioAccountEntry = z.object({
  sid: z.string(),
  authToken: z.string(),
  createdAt: z.string(),
});
export type TwilioAccountEntry = z.infer<typeof TwilioAccountEntry>;

/** A WhatsApp sender of an account (Senders API), or an address the account sent from. */
const TwilioSenderEntry = z.object({
  accountSid: z.string(),
  /** The sender's profile name (what the customer's WhatsApp shows). */
  name: z.string().optional(),
  /** Where inbound messages go (`webhook.callback_url`). */
  webhook: Webhook.optional(),
});
export type TwilioSenderEntry = z.infer<typeof TwilioSenderEntry>;

/** A Meta app: its secret signs the webhooks; its access token is what Helios is given. */
const MetaAppEntry = z.object({
  id: z.string(),
  secret: z.string(),
  accessToken: z.string(),
  businessAccountId: z.string(),
});
export type MetaAppEntry = z.infer<typeof MetaAppEntry>;

const MetaNumberEntry = z.object({
  /** The app whose token read or used the phone number id (none: an unregistered token). */
  appId: z.string().optional(),
  /** The verified name the customer sees. */
  name: z.string().optional(),
  webhook: Webhook.optional(),
});
export type MetaNumberEntry = z.infer<typeof MetaNumberEntry>;

const State = z.object({
  twilioAccounts: z.record(z.string(), TwilioAccountEntry).default({}),
  twilioSenders: z.record(z.string(), TwilioSenderEntry).default({}),
  metaApps: z.record(z.string(), MetaAppEntry).default({}),
  metaNumbers: z.record(z.string(), MetaNumberEntry).default({}),
});

const mapOf = <V>(record: Record<string, V>) => new Map(Object.entries(record));

export class SandboxRegistry {
  readonly twilioAccounts: Map<string, TwilioAccountEntry>;
  /** By address (`whatsapp:+E164`), most recently touched last. */
  readonly twilioSenders: Map<string, TwilioSenderEntry>;
  readonly metaApps: Map<string, MetaAppEntry>;
  /** By phone number id, most recently touched last. */
  readonly metaNumbers: Map<string, MetaNumberEntry>;
  private saveTimer: NodeJS.Timeout | undefined;

  /** `file`: where the registry is kept between runs (none: in memory only). */
  constructor(private readonly file?: string) {
    const read = State.safeParse(file ? readState(file) : {});
    const state = read.success ? read.data : State.parse({});
    this.twilioAccounts = mapOf(state.twilioAccounts);
    this.twilioSenders = mapOf(state.twilioSenders);
    this.metaApps = mapOf(state.metaApps);
    this.metaNumbers = mapOf(state.metaNumbers);
  }

  metaAppByToken(token: string): MetaAppEntry | undefined {
    for (const app of this.metaApps.values()) if (app.accessToken === token) return app;
    return undefined;
  }

  /** The entries whose webhook is set and was not refused by Helios, newest first. */
  liveWebhooks(
    map: Map<string, { name?: string; webhook?: Webhook }>,
  ): { key: string; name?: string; webhook: Webhook }[] {
    return [...map]
      .reverse()
      .flatMap(([key, { name, webhook }]) =>
        webhook && !webhook.refused ? [{ key, ...(name ? { name } : {}), webhook }] : [],
      );
  }

  /** Adds or replaces an entry (it becomes the newest), then saves soon. */
  put<V>(map: Map<string, V>, key: string, value: V): V {
    map.delete(key);
    map.set(key, value);
    capMap(map, MAX_ENTRIES);
    this.changed();
    return value;
  }

  /** Records Helios's answer to a delivery to `webhook`. */
  answered(webhook: Webhook | undefined, status: number | null): void {
    if (!webhook || status === null) return;
    const refused = status >= 400 && status < 500;
    if (webhook.refused === refused) return;
    webhook.refused = refused;
    this.changed();
  }

  /** Saves at once (the local cloud stops). */
  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.file) return;
    const state = {
      twilioAccounts: Object.fromEntries(this.twilioAccounts),
      twilioSenders: Object.fromEntries(this.twilioSenders),
      metaApps: Object.fromEntries(this.metaApps),
      metaNumbers: Object.fromEntries(this.metaNumbers),
    };
    mkdirSync(dirname(this.file), { recursive: true });
    // Written aside, then renamed: a crash mid-write leaves the previous file whole.
    writeFileSync(`${this.file}.tmp`, JSON.stringify(state), { mode: 0o600 });
    renameSync(`${this.file}.tmp`, this.file);
  }

  private changed(): void {
    if (!this.file || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
    this.saveTimer.unref();
  }
}

function readState(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    // No file yet (or an unreadable one): the sandbox starts empty, as a fresh provider account.
    return {};
  }
}
