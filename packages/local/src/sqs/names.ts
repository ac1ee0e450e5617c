/** Everything local lives in one fake account, as the ARNs in events show. */
export const ACCOUNT_ID = "000000000000";
export const SQS_PATH = "/_aws/sqs";

const FIFO_SUFFIX = ".fifo";

export const isFifoName = (name: string): boolean => name.endsWith(FIFO_SUFFIX);

/** `orders` → `orders-dlq`; `orders.fifo` → `orders-dlq.fifo` (a FIFO queue's DLQ must be FIFO). */
export function deadLetterQueueName(name: string): string {
  return isFifoName(name)
    ? `${name.slice(0, -FIFO_SUFFIX.length)}-dlq${FIFO_SUFFIX}`
    : `${name}-dlq`;
}

export const sqsEndpoint = (baseUrl: string): string => `${trimSlash(baseUrl)}${SQS_PATH}`;

export const queueUrl = (baseUrl: string, name: string): string =>
  `${sqsEndpoint(baseUrl)}/${ACCOUNT_ID}/${name}`;

export const queueArn = (region: string, name: string): string =>
  `arn:aws:sqs:${region}:${ACCOUNT_ID}:${name}`;

/**
 * The queue name in a QueueUrl. Only the path counts: the same queue is reachable as localhost,
 * 127.0.0.1 or a tunnel's host. Undefined when the URL has no `/<account>/<name>` ending.
 */
export function queueNameFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match = /\/(\d{12})\/([^/]+)\/?$/.exec(path);
  return match?.[2] ? decodeURIComponent(match[2]) : undefined;
}

/** SQS's own rule: 1–80 characters of alphanumerics, hyphens and underscores (+ `.fifo`). */
export function isValidQueueName(name: string): boolean {
  const base = isFifoName(name) ? name.slice(0, -FIFO_SUFFIX.length) : name;
  return /^[A-Za-z0-9_-]+$/.test(base) && name.length <= 80;
}

function trimSlash(url: string): string {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}
