import { eventsOfFrame, type RealtimeEvent, RealtimeFrame } from "@helios/contracts";
import { reconnectDelay } from "./backoff";

/**
 * `connecting` until the first open; `reconnecting` from a drop until the socket is back; `ended`
 * when the server no longer lets this user in (removed from the workspace): no more tries.
 */
export type RealtimeState = "connecting" | "connected" | "reconnecting" | "ended";

export interface RealtimeOptions {
  /**
   * The WebSocket URL for one connection (with a fresh single-use ticket), asked before every
   * attempt; null when access has ended. A throw (offline, server error) is retried with backoff.
   */
  connectUrl: () => Promise<string | null>;
  onEvent: (event: RealtimeEvent) => void;
  onState: (state: RealtimeState) => void;
  /**
   * The socket is open: what was fetched before it may have missed events (the first open comes
   * after the page's first reads; a reopen after a drop or failed tries, `afterDrop`).
   */
  onResync: (afterDrop: boolean) => void;
}

/** An idle socket is closed by API Gateway after 10 minutes; a ping keeps it open. */
export const pingIntervalMs = 5 * 60_000;

/**
 * A server frame as its typed events, in order: one event, or the batch of one write; none for
 * `{"type":"pong"}` and anything unknown.
 */
export function parseRealtimeMessage(raw: unknown): RealtimeEvent[] {
  if (typeof raw !== "string") return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  const parsed = RealtimeFrame.safeParse(data);
  return parsed.success ? eventsOfFrame(parsed.data) : [];
}

/** Opens the socket and keeps it open (reconnecting with backoff) until the returned stop. */
export function openRealtime({
  connectUrl,
  onEvent,
  onState,
  onResync,
}: RealtimeOptions): () => void {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let opened = false;
  let stopped = false;
  let retryTimer: number | undefined;
  let pingTimer: number | undefined;

  const scheduleRetry = () => {
    onState("reconnecting");
    retryTimer = window.setTimeout(() => void connect(), reconnectDelay(attempt));
    attempt += 1;
  };

  async function connect() {
    retryTimer = undefined;
    let url: string | null;
    try {
      url = await connectUrl();
    } catch {
      if (!stopped) scheduleRetry();
      return;
    }
    if (stopped) return;
    if (url === null) {
      stopped = true;
      window.removeEventListener("online", onOnline);
      onState("ended");
      return;
    }
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch {
      scheduleRetry();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      const afterDrop = opened || attempt > 0;
      opened = true;
      attempt = 0;
      onState("connected");
      pingTimer = window.setInterval(() => {
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: "ping" }));
      }, pingIntervalMs);
      onResync(afterDrop);
    };
    ws.onmessage = (message) => {
      for (const event of parseRealtimeMessage(message.data)) {
        if (stopped) return;
        onEvent(event);
      }
    };
    ws.onclose = () => {
      window.clearInterval(pingTimer);
      if (stopped || socket !== ws) return;
      socket = null;
      scheduleRetry();
    };
  }

  // Back online: try now rather than at the end of a long backoff.
  function onOnline() {
    if (retryTimer === undefined || stopped) return;
    window.clearTimeout(retryTimer);
    void connect();
  }
  window.addEventListener("online", onOnline);

  onState("connecting");
  // Deferred, so that a mount that is undone at once (StrictMode) opens nothing.
  retryTimer = window.setTimeout(() => void connect(), 0);

  return () => {
    stopped = true;
    window.clearTimeout(retryTimer);
    window.clearInterval(pingTimer);
    window.removeEventListener("online", onOnline);
    socket?.close(1000);
    socket = null;
  };
}
