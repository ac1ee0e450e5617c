import { randomBytes, randomUUID } from "node:crypto";
import { messageNotInflight, receiptHandleIsInvalid } from "./errors";
import { md5Hex, md5OfMessageAttributes } from "./md5";
import type { MessageAttributeValue } from "./message-attributes";
import { ACCOUNT_ID } from "./names";
import { type SendInput, validateSend } from "./send-rules";

export const MAX_VISIBILITY_TIMEOUT_SECONDS = 43_200;
const DEDUPLICATION_WINDOW_MS = 5 * 60 * 1000;
const RECEIPT_HANDLE_PREFIX = "AQEB";

export interface QueueSettings {
  name: string;
  fifo: boolean;
  arn: string;
  url: string;
  visibilityTimeoutSeconds: number;
  redrive?: { target: EmulatedQueue; maxReceiveCount: number };
  onDeadLetter?: (message: StoredMessage) => void;
}

export interface SendResult {
  messageId: string;
  md5OfBody: string;
  md5OfMessageAttributes?: string;
  sequenceNumber?: string;
}

export interface StoredMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  messageAttributes: Record<string, MessageAttributeValue>;
  md5OfMessageAttributes?: string;
  sentTimestamp: number;
  senderId: string;
  groupId?: string;
  deduplicationId?: string;
  sequenceNumber?: string;
  receiveCount: number;
  firstReceiveTimestamp?: number;
  /** Until then the message is delayed (never received) or in flight (received). */
  visibleAt: number;
  receiptHandle?: string;
  deadLetterQueueSourceArn?: string;
}

/** A message as one receive saw it; later receives do not change it. */
export type ReceivedMessage = Readonly<StoredMessage> & { receiptHandle: string };

export interface QueueCounts {
  visible: number;
  inFlight: number;
  delayed: number;
}

/**
 * One queue's messages and SQS's rules for them: delays, visibility timeouts, receive counts and
 * redrive to the dead-letter queue, and for FIFO queues deduplication, order within a message group,
 * and the lock on a group while any of its messages is in flight.
 */
export class EmulatedQueue {
  readonly createdAt = Date.now();
  /** In send order, which for FIFO is the delivery order within each group. */
  private messages: StoredMessage[] = [];
  private readonly sentDeduplicationIds = new Map<
    string,
    { messageId: string; sequenceNumber?: string; expiresAt: number }
  >();
  private lastSequence = 18_000_000_000_000_000_000n;

  constructor(readonly settings: QueueSettings) {}

  get name(): string {
    return this.settings.name;
  }

  get fifo(): boolean {
    return this.settings.fifo;
  }

  send(input: SendInput, now = Date.now()): SendResult {
    const attributes = input.messageAttributes ?? {};
    validateSend(input, attributes, this.fifo);
    const md5OfBody = md5Hex(input.body);
    const md5OfAttributes = md5OfMessageAttributes(attributes);

    if (input.deduplicationId !== undefined) {
      this.forgetExpiredDeduplicationIds(now);
      const original = this.sentDeduplicationIds.get(input.deduplicationId);
      if (original) {
        // Accepted and dropped: the sender learns the first message's id, nothing is enqueued.
        return {
          messageId: original.messageId,
          md5OfBody,
          ...(md5OfAttributes ? { md5OfMessageAttributes: md5OfAttributes } : {}),
          ...(original.sequenceNumber ? { sequenceNumber: original.sequenceNumber } : {}),
        };
      }
    }

    const message: StoredMessage = {
      messageId: randomUUID(),
      body: input.body,
      md5OfBody,
      messageAttributes: attributes,
      ...(md5OfAttributes ? { md5OfMessageAttributes: md5OfAttributes } : {}),
      sentTimestamp: now,
      senderId: ACCOUNT_ID,
      ...(input.groupId !== undefined ? { groupId: input.groupId } : {}),
      ...(input.deduplicationId !== undefined ? { deduplicationId: input.deduplicationId } : {}),
      ...(this.fifo ? { sequenceNumber: this.nextSequenceNumber() } : {}),
      receiveCount: 0,
      visibleAt: now + (input.delaySeconds ?? 0) * 1000,
    };
    this.messages.push(message);
    if (input.deduplicationId !== undefined) {
      this.sentDeduplicationIds.set(input.deduplicationId, {
        messageId: message.messageId,
        ...(message.sequenceNumber ? { sequenceNumber: message.sequenceNumber } : {}),
        expiresAt: now + DEDUPLICATION_WINDOW_MS,
      });
    }
    return {
      messageId: message.messageId,
      md5OfBody,
      ...(md5OfAttributes ? { md5OfMessageAttributes: md5OfAttributes } : {}),
      ...(message.sequenceNumber ? { sequenceNumber: message.sequenceNumber } : {}),
    };
  }

  /** Takes up to `max` receivable messages and hides them for the visibility timeout. */
  receive(max: number, visibilityTimeoutSeconds: number, now = Date.now()): ReceivedMessage[] {
    const lockedGroups = this.fifo ? this.groupsInFlight(now) : new Set<string>();
    const received: ReceivedMessage[] = [];
    for (const message of [...this.messages]) {
      if (received.length >= max) break;
      if (message.visibleAt > now) continue;
      if (message.groupId !== undefined && lockedGroups.has(message.groupId)) continue;
      const redrive = this.settings.redrive;
      if (redrive && message.receiveCount >= redrive.maxReceiveCount) {
        this.moveToDeadLetterQueue(message, redrive.target, now);
        continue;
      }
      message.receiveCount += 1;
      message.firstReceiveTimestamp ??= now;
      message.receiptHandle = newReceiptHandle();
      message.visibleAt = now + visibilityTimeoutSeconds * 1000;
      received.push({ ...message, receiptHandle: message.receiptHandle });
    }
    return received;
  }

  /**
   * Deletes the message this handle was issued for. A handle that was superseded by a later receive
   * (or whose message is already gone) deletes nothing and is not an error, as in SQS.
   */
  delete(receiptHandle: string): void {
    assertWellFormed(receiptHandle);
    this.messages = this.messages.filter((message) => message.receiptHandle !== receiptHandle);
  }

  changeVisibility(receiptHandle: string, seconds: number, now = Date.now()): void {
    assertWellFormed(receiptHandle);
    const message = this.messages.find((candidate) => candidate.receiptHandle === receiptHandle);
    if (!message || message.visibleAt <= now) throw messageNotInflight();
    message.visibleAt = now + seconds * 1000;
  }

  counts(now = Date.now()): QueueCounts {
    const counts = { visible: 0, inFlight: 0, delayed: 0 };
    for (const message of this.messages) {
      if (message.visibleAt <= now) counts.visible += 1;
      else if (message.receiptHandle === undefined) counts.delayed += 1;
      else counts.inFlight += 1;
    }
    return counts;
  }

  get size(): number {
    return this.messages.length;
  }

  /** Messages receivable by `until` (visible now, or delayed/hidden until no later than then). */
  dueBy(until: number): number {
    return this.messages.filter((message) => message.visibleAt <= until).length;
  }

  purge(): void {
    this.messages = [];
  }

  /** Takes a message redriven from a source queue, keeping its id, body and FIFO identity. */
  acceptDeadLetter(message: StoredMessage, sourceArn: string, now: number): void {
    const { receiptHandle: _handle, firstReceiveTimestamp: _first, ...rest } = message;
    this.messages.push({
      ...rest,
      receiveCount: 0,
      visibleAt: now,
      deadLetterQueueSourceArn: sourceArn,
    });
  }

  private moveToDeadLetterQueue(message: StoredMessage, target: EmulatedQueue, now: number): void {
    this.messages = this.messages.filter((candidate) => candidate !== message);
    target.acceptDeadLetter(message, this.settings.arn, now);
    this.settings.onDeadLetter?.(message);
  }

  private groupsInFlight(now: number): Set<string> {
    const groups = new Set<string>();
    for (const message of this.messages) {
      if (
        message.groupId !== undefined &&
        message.receiptHandle !== undefined &&
        message.visibleAt > now
      ) {
        groups.add(message.groupId);
      }
    }
    return groups;
  }

  private forgetExpiredDeduplicationIds(now: number): void {
    for (const [id, entry] of this.sentDeduplicationIds) {
      if (entry.expiresAt <= now) this.sentDeduplicationIds.delete(id);
    }
  }

  private nextSequenceNumber(): string {
    this.lastSequence += 1n;
    return this.lastSequence.toString();
  }
}

function newReceiptHandle(): string {
  return `${RECEIPT_HANDLE_PREFIX}${randomBytes(48).toString("base64url")}`;
}

function assertWellFormed(receiptHandle: string): void {
  if (!receiptHandle.startsWith(RECEIPT_HANDLE_PREFIX) || !/^[A-Za-z0-9_-]+$/.test(receiptHandle)) {
    throw receiptHandleIsInvalid(receiptHandle);
  }
}
