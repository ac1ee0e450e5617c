import { SQSClient } from "@aws-sdk/client-sqs";
import { afterEach } from "vitest";
import { type SqsServer, startSqsServer } from "../../src/sqs/standalone-server";
import type { SqsEmulationOptions } from "../../src/sqs/types";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

export const sqsTestCredentials = { accessKeyId: "test", secretAccessKey: "test" };

/**
 * For a test file of the SQS emulation alone: `start` serves it on a server of its own (pollers
 * running) with an SDK client pointed at it; both end after each test, or at `close()`.
 */
export function standaloneSqs() {
  let server: SqsServer | undefined;
  let client: SQSClient | undefined;
  const close = async () => {
    client?.destroy();
    await server?.close();
    server = undefined;
    client = undefined;
  };
  afterEach(close);
  return {
    async start(options: Omit<SqsEmulationOptions, "baseUrl">) {
      server = await startSqsServer(options);
      client = new SQSClient({
        endpoint: server.emulation.endpoint,
        region: "us-east-1",
        credentials: sqsTestCredentials,
      });
      return { sqs: client, emulation: server.emulation };
    },
    close,
  };
}
