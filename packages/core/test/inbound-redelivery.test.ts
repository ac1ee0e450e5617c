import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueRoutes } from "../../../functions/routes";
import { handler as followUpsWorker } from "../../../functions/workers/follow-ups";
import { type SqsServer, startSqsServer } from "../../local/src/sqs/standalone-server";
import { type InboundMessage, storeInbound } from "../src/message/inbound";
import { receiveInbound } from "../src/message/receive-inbound";
import { listMessages } from "../src/message/repository";
import * as Notifications from "../src/notification/use-cases";
import { useFreshTable } from "./support/fresh-table";
import { testActor, testNumber } from "./support/workspace";

useFreshTable();

// The follow-ups queue on an SQS emulation of its own, its real worker running in this process
// (on this file's table), as the local cloud and Lambda run it.
let sqs: SqsServer | undefined;
beforeAll(async () => {
  const followUps = queueRoutes.filter((queue) => queue.name === "inbound-follow-ups");
  sqs = await startSqsServer({
    queues: followUps,
    invoke: (_handler, event) => followUpsWorker(event, {} as never),
    logger: { info() {}, warn() {}, error: console.error },
  });
  Object.assign(process.env, {
    SQS_ENDPOINT: sqs.emulation.endpoint,
    FOLLOW_UPS_QUEUE_URL: sqs.emulation.queueUrl("inbound-follow-ups"),
  });
});
afterAll(() => sqs?.close());

function workspace() {
  const actor = testActor();
  // An inactive number: its conversations are for people, so each message notifies them.
  const number = testNumber(actor.tenantId, null);
  return { actor, number };
}

const inbound = (text: string): InboundMessage => ({
  providerMessageId: `SM${randomUUID().replaceAll("-", "")}`,
  from: "whatsapp:+14155550199",
  profileName: "Rosa",
  kind: "text",
  text,
  receivedAt: new Date().toISOString(),
});

/** Every queued follow-up has run. */
const followedUp = () => sqs?.emulation.drained();

describe("a redelivered inbound message", () => {
  it("stores nothing new but runs the follow-ups the first delivery never reached", async () => {
    const { actor, number } = workspace();
    const message = inbound("Is my order on its way?");
    // The first delivery stored the message, then its function died before the follow-ups ran.
    const first = await storeInbound(number, message);
    expect(first.duplicate).toBe(false);
    expect((await Notifications.list(actor, { unread: false, limit: 25 })).items).toHaveLength(0);

    // The provider got no 200 and delivers again.
    await receiveInbound(actor, number, message);
    await followedUp();
    const notifications = await Notifications.list(actor, { unread: false, limit: 25 });
    expect(notifications.items).toMatchObject([
      { type: "new_message", body: "Is my order on its way?", read: false },
    ]);
    const conversationId = first.duplicate ? "" : first.conversation.id;
    expect((await listMessages(conversationId, 10)).items).toHaveLength(1);

    // Once more: still one message, still one notification.
    await receiveInbound(actor, number, message);
    await followedUp();
    expect((await listMessages(conversationId, 10)).items).toHaveLength(1);
    expect((await Notifications.list(actor, { unread: false, limit: 25 })).items).toHaveLength(1);
  });
});
