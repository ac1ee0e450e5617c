import { randomUUID } from "node:crypto";
import { ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { AiReplyJob } from "@helios/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueRoutes } from "../../../functions/routes";
import { handler as followUpsWorker } from "../../../functions/workers/follow-ups";
import { type SqsServer, startSqsServer } from "../../local/src/sqs/standalone-server";
import type { InboundMessage } from "../src/message/inbound";
import { receiveInbound } from "../src/message/receive-inbound";
import { useFreshTable } from "./support/fresh-table";
import { testActor, testNumber } from "./support/workspace";

useFreshTable();

/**
 * The follow-ups queue with its real worker (in this process, on this file's table), and the AI
 * and insights queues with no worker, so what the follow-ups queued stays there to be counted.
 */
const QUEUES = ["inbound-follow-ups", "ai-replies.fifo", "insights"];
let sqs: SqsServer | undefined;
beforeAll(async () => {
  sqs = await startSqsServer({
    queues: queueRoutes
      .filter((queue) => QUEUES.includes(queue.name))
      .map((queue) =>
        queue.name === "inbound-follow-ups" ? queue : { ...queue, handler: undefined },
      ),
    invoke: (_handler, event) => followUpsWorker(event, {} as never),
    logger: { info() {}, warn() {}, error: console.error },
  });
  const url = (name: string) => sqs?.emulation.queueUrl(name);
  Object.assign(process.env, {
    SQS_ENDPOINT: sqs.emulation.endpoint,
    FOLLOW_UPS_QUEUE_URL: url("inbound-follow-ups"),
    AI_REPLIES_QUEUE_URL: url("ai-replies.fifo"),
    INSIGHTS_QUEUE_URL: url("insights"),
    // Every customer message is due its insights, so each one has follow-ups beyond its AI turn.
    INSIGHTS_EVERY_N_MESSAGES: "1",
  });
});
afterAll(async () => {
  delete process.env.INSIGHTS_EVERY_N_MESSAGES;
  await sqs?.close();
});

const inbound = (text: string): InboundMessage => ({
  providerMessageId: `SM${randomUUID().replaceAll("-", "")}`,
  from: `whatsapp:+1415555${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`,
  profileName: "Rosa",
  kind: "text",
  text,
  receivedAt: new Date().toISOString(),
});

const waiting = (queue: string) => sqs?.emulation.depth(queue).visible;

describe("an inbound message's follow-ups, off the webhook's path", () => {
  it("ask for the AI's turn and the insights through the follow-ups worker, once however often the provider delivers", async () => {
    const actor = testActor();
    // An active number with an agent: conversations start with their AI on.
    const number = testNumber(actor.tenantId, randomUUID());
    const message = inbound("Do you ship to Lisbon?");
    await receiveInbound(actor, number, message);
    // The provider did not get the 200 (say) and delivers twice more.
    await receiveInbound(actor, number, message);
    await receiveInbound(actor, number, message);
    await sqs?.emulation.drained();

    expect(sqs?.emulation.depth("inbound-follow-ups")).toMatchObject({ visible: 0, dlq: 0 });
    // The AI job is deduplicated by the message, the insights job coalesces into the queued one.
    expect(waiting("ai-replies.fifo")).toBe(1);
    expect(waiting("insights")).toBe(1);
    // The AI's job names the number and agent the inbound saw: the turn reads them in one request.
    const local = new SQSClient({
      endpoint: process.env.SQS_ENDPOINT,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const { Messages = [] } = await local.send(
      new ReceiveMessageCommand({ QueueUrl: process.env.AI_REPLIES_QUEUE_URL }),
    );
    const jobs = Messages.map((queued) => AiReplyJob.parse(JSON.parse(queued.Body ?? "")));
    expect(jobs).toMatchObject([{ numberId: number.id, agentId: number.assignedAgentId }]);
  });
});
