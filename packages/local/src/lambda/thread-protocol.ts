/** What the local cloud and a function's worker thread say to each other (structured clones). */
export type ThreadRequest =
  | { kind: "invoke"; id: number; handler: string; event: unknown }
  /** Load the function's module now, as a warm Lambda has, so its first invocation is not a cold start. */
  | { kind: "load"; handler: string };

export type InvocationReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { message: string; stack?: string } };
