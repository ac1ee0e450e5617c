/** An invitation link's token travels in the path: the log keeps the route, not the secret. */
const redact = (path: string) => path.replace(/^(\/api\/invitations\/)[^/]+/, "$1{token}");

/** One JSON line per request: what was asked, how it ended, how long it took. Never the query. */
export function logRequest(entry: {
  method: string;
  path: string;
  status: number;
  startedAt: number;
}) {
  process.stdout.write(
    `${JSON.stringify({
      time: new Date().toISOString(),
      level: "info",
      message: "request",
      method: entry.method,
      path: redact(entry.path),
      status: entry.status,
      durationMs: Math.round((performance.now() - entry.startedAt) * 10) / 10,
    })}\n`,
  );
}
