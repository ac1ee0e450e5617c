import "./quiet-sdk-warning";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { queueRoutes } from "@helios/functions/routes";
import { readConfig } from "./config";
import { ensureTable } from "./dynamodb/ensure-table";
import { localDynamoDbClient } from "./dynamodb/local-client";
import { startDynamoDbLocal } from "./dynamodb/start-dynamodb-local";
import { openaiSandboxBaseUrl, sandboxProviderEnv } from "./sandbox/index";
import { loadOrCreateSecrets } from "./secrets";
import { DEMO_OWNER_EMAIL, seedDemo } from "./seed";
import { DEMO_AGENT } from "./seed-inbox";
import { startServer } from "./server";

const startedAt = performance.now();
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config.reset) rmSync(config.dataDir, { recursive: true, force: true });
  mkdirSync(config.dataDir, { recursive: true });
  const secrets = loadOrCreateSecrets(config.dataDir);

  let stopDynamoDb = async () => {};
  let endpoint = config.dynamoDbEndpoint;
  if (!endpoint) {
    const dynamodb = await startDynamoDbLocal({ dataDir: join(config.dataDir, "dynamodb") });
    endpoint = dynamodb.endpoint;
    stopDynamoDb = dynamodb.stop;
  }

  Object.assign(process.env, {
    AWS_REGION: process.env.AWS_REGION ?? "us-east-1",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    DYNAMODB_ENDPOINT: endpoint,
    TABLE_NAME: config.tableName,
    JWT_SECRET: secrets.JWT_SECRET,
    DATA_KEY: secrets.DATA_KEY,
  });
  await ensureTable(localDynamoDbClient(endpoint), config.tableName);

  const server = await startServer(
    config.port,
    config.host,
    join(config.dataDir, "sandbox-registry.json"),
  );
  const publicUrl = config.publicUrl ?? server.url;
  Object.assign(process.env, {
    PUBLIC_URL: publicUrl,
    WS_MANAGEMENT_ENDPOINT: server.url,
    SQS_ENDPOINT: server.sqs.endpoint,
    // The provider sandbox stands in for Twilio and Meta unless real base URLs are configured.
    ...sandboxProviderEnv(server.url),
    ...(process.env.TWILIO_API_BASE_URL
      ? { TWILIO_API_BASE_URL: process.env.TWILIO_API_BASE_URL }
      : {}),
    ...(process.env.META_GRAPH_BASE_URL
      ? { META_GRAPH_BASE_URL: process.env.META_GRAPH_BASE_URL }
      : {}),
    // E-mail goes to the mail sandbox (/sandbox/mail) unless a real SES endpoint is configured.
    ...(process.env.SES_ENDPOINT ? { SES_ENDPOINT: process.env.SES_ENDPOINT } : {}),
    EMAIL_FROM: process.env.EMAIL_FROM || "Helios <no-reply@helios.local>",
    ...Object.fromEntries(
      queueRoutes.map((queue) => [queue.urlEnv, server.sqs.queueUrl(queue.name)]),
    ),
    // OPENAI_BASE_URL=sandbox: the local cloud's own OpenAI-compatible stand-in (its port may be 0).
    ...(process.env.OPENAI_BASE_URL === "sandbox"
      ? { OPENAI_BASE_URL: openaiSandboxBaseUrl(server.url) }
      : {}),
  });

  server.warmWorkers({ preload: config.preloadFunctions });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping the local cloud…`);
    await server.close();
    await stopDynamoDb();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  const seedStartedAt = performance.now();
  const demo = config.seedDemo ? await seedDemo(secrets, server.url) : undefined;
  const seedSeconds = ((performance.now() - seedStartedAt) / 1000).toFixed(1);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  say("");
  say(`  Web app        ${publicUrl}`);
  say(`  HTTP API       ${publicUrl}/api   (health: ${publicUrl}/api/health)`);
  say(`  WebSocket      ${publicUrl.replace(/^http/, "ws")}/ws`);
  say(`  Webhooks       ${publicUrl}/webhooks/…`);
  say(`  Twilio API     ${process.env.TWILIO_API_BASE_URL}`);
  say(`  Meta Graph API ${process.env.META_GRAPH_BASE_URL}`);
  say(
    `  AI provider    ${process.env.OPENAI_API_KEY ? (process.env.OPENAI_BASE_URL ?? "OpenAI") : "none (set OPENAI_API_KEY; the stand-in: OPENAI_BASE_URL=sandbox)"}`,
  );
  say(`  Sandbox phone  ${publicUrl}/sandbox/phone   (write to your numbers as a customer)`);
  say(`  Mail sandbox   ${publicUrl}/sandbox/mail   (every e-mail Helios sends)`);
  say(`  DynamoDB Local ${endpoint}   table ${config.tableName}`);
  say(`  Data folder    ${config.dataDir}`);
  if (demo) {
    say(
      `  Demo tenant    ${publicUrl}/app/${demo.slug}/whatsapp${demo.seeded ? `   (seeded now, in ${seedSeconds} s)` : ""}`,
    );
    say(`  Demo owner     ${DEMO_OWNER_EMAIL} / ${secrets.demoPassword}`);
    say(
      `  Demo agent     ${DEMO_AGENT.email} / ${secrets.demoAgentPassword}   (${DEMO_AGENT.name})`,
    );
    if (demo.inboxError) say(`  Demo inbox     only partly seeded: ${demo.inboxError}`);
  }
  say("");
  say(
    `Helios local cloud ready at ${publicUrl} (started in ${seconds} s; Ctrl-C stops everything)`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
