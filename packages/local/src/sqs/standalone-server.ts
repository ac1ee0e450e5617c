import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createSqsEmulation, type SqsEmulation } from "./emulation";
import type { SqsEmulationOptions } from "./types";

export interface SqsServer {
  emulation: SqsEmulation;
  /** The server's origin, the emulation's baseUrl. */
  url: string;
  close(): Promise<void>;
}

/**
 * The emulation alone on its own HTTP server (port 0 by default), for tests and tools that need SQS
 * without the rest of the local cloud. Pollers are started.
 */
export async function startSqsServer(
  options: Omit<SqsEmulationOptions, "baseUrl">,
  port = 0,
): Promise<SqsServer> {
  let emulation: SqsEmulation | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (!emulation?.matches(req)) {
        res.writeHead(404).end();
        return;
      }
      // handle() answers every failure itself; it does not reject.
      void emulation.handle(req, res, Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? (address satisfies AddressInfo).port : port}`;
  const started = createSqsEmulation({ ...options, baseUrl: url });
  emulation = started;
  started.start();
  return {
    emulation: started,
    url,
    async close() {
      await started.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
