import { RealtimeEvent } from "@helios/contracts";
import { reconnectDelay } from "./backoff";

/** `connecting` until the first open; `reconnecting` from a drop until the socket is back. */
export type RealtimeState = "connecting" | "connected" | "reconnecting";

export interface RealtimeOptions {
  /** The WebSocket URL with `?token=…&tenant=…`. */
  url: string;
  onEvent: (event: RealtimeEvent) => void;
  onState: (state: RealtimeState) => void;
  /** The socket is open after a drop (or failed first tries): events may have been missed. */
  onResync: () => void;
}

/** An idle socket is closed by API Gateway after 10 minutes; a ping keeps it open. */
export const pingIntervalMs = 5 * 60_000;

/** A server message as a typed event; null for `{"type":"pong"}` and anything unknown. */
export function parseRealtimeMessage(raw: unknown): RealtimeEvent | null {
  if (typeof raw !== "string") return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = RealtimeEvent.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Opens the socket and keeps it open (reconnecting with backoff) until the returned stop. */
export function openRealtime({ url, onEvent, onState, onResync }: RealtimeOptions): () => void {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let opened = false;
  let stopped = false;
  let retryTimer: number | undefined;
  let pingTimer: number | undefined;

  const scheduleRetry = () => {
    onState("reconnecting");
    retryTimer = window.setTimeout(connect, reconnectDelay(attempt));
    attempt += 1;
  };

  function connect() {
    retryTimer = undefined;
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch {
      scheduleRetry();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      const missedEvents = opened || attempt > 0;
      opened = true;
      attempt = 0;
      onState("connected");
      pingTimer = window.setInterval(() => {
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: "ping" }));
      }, pingIntervalMs);
      if (missedEvents) onResync();
    };
    ws.onmessage = (message) => {
      const event = parseRealtimeMessage(message.data);
      if (event && !stopped) onEvent(event);
    };
    ws.onclose = () => {
      window.clearInterval(pingTimer);
      if (stopped || socket !== ws) return;
      socket = null;
      scheduleRetry();
    };
  }

  // Back online: try now rather than at the end of a long backoff.
  const onOnline = () => {
    if (retryTimer === undefined || stopped) return;
    window.clearTimeout(retryTimer);
    connect();
  };
  window.addEventListener("online", onOnline);

  onState("connecting");
  // Deferred, so that a mount that is undone at once (StrictMode) opens nothing.
  retryTimer = window.setTimeout(connect, 0);

  return () => {
    stopped = true;
    window.clearTimeout(retryTimer);
    window.clearInterval(pingTimer);
    window.removeEventListener("online", onOnline);
    socket?.close(1000);
    socket = null;
  };
}
