import type { EmulatedQueue } from "../queue";
import type { Wakeup } from "../wakeup";

/** What an action needs from the emulation around it. */
export interface ActionContext {
  /** The queue a QueueUrl names; throws MissingParameter, InvalidAddress or QueueDoesNotExist. */
  queueByUrl(url: string): EmulatedQueue;
  queueByName(name: string): EmulatedQueue | undefined;
  queues(): readonly EmulatedQueue[];
  queueUrl(name: string): string;
  wakeup: Wakeup;
  idlePollMs: number;
  isStopped(): boolean;
}

export type Action = (input: unknown, context: ActionContext) => object | Promise<object>;
