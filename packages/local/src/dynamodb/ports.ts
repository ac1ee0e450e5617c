import { createServer } from "node:net";
import { DynamoDbLocalError } from "./errors";

/** DynamoDB Local (Jetty) binds 0.0.0.0, so that is the address probed. */
const JVM_BIND_HOST = "0.0.0.0";

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port, host: JVM_BIND_HOST, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

export async function findFreePort(): Promise<number> {
  return listenOnce(0);
}

/**
 * The JVM does not exit when its port is taken: it logs "Address already in use" and lingers, and a
 * readiness probe could then be answered by whatever holds the port. Checking first avoids both.
 */
export async function assertPortFree(port: number): Promise<void> {
  try {
    await listenOnce(port);
  } catch (error) {
    const inUse = error instanceof Error && "code" in error && error.code === "EADDRINUSE";
    throw new DynamoDbLocalError(
      "port_in_use",
      inUse
        ? `Port ${port} is already in use, so DynamoDB Local cannot listen on it. Stop what is using it (\`lsof -i :${port}\`) or choose another port.`
        : `Cannot listen on port ${port} for DynamoDB Local: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
