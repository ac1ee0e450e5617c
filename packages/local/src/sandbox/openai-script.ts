import { z } from "zod";

/** One scripted answer of the stand-in model. */
export const ScriptStep = z
  .object({
    /** Answer with this text. */
    reply: z.string().optional(),
    /** Call hand_off_to_human with this reason. */
    handoff: z.string().optional(),
    /** Answer with this structured output (response_format json_schema). */
    json: z.record(z.string(), z.unknown()).optional(),
    /** Fail with this HTTP status (429, 500, 503, 401, …) and OpenAI's error shape. */
    status: z.number().int().min(400).max(599).optional(),
    /** Wait this long first (longer than the caller's timeout: a timeout). */
    delayMs: z.number().int().min(0).max(120_000).optional(),
    /** How many requests this step answers. */
    times: z.number().int().min(1).max(100).default(1),
  })
  .refine(
    (step) =>
      [step.reply, step.handoff, step.json, step.status].filter((v) => v !== undefined).length <= 1,
    "A step does one of reply, handoff, json or status",
  );
export type ScriptStep = z.infer<typeof ScriptStep>;

export const ScriptRequest = z.object({
  /** Steps apply to requests whose last user message contains this text. */
  marker: z.string().min(6, "Use a marker of 6+ characters, unique to your test"),
  steps: z.array(ScriptStep).min(1).max(100),
});

/**
 * Scripted answers keyed by a marker that a test puts in its customer's text, so that test files
 * running side by side against one stand-in never take each other's answers.
 */
export class OpenAiScripts {
  private readonly scripts = new Map<string, ScriptStep[]>();

  add(marker: string, steps: ScriptStep[]): void {
    this.scripts.set(marker, [...(this.scripts.get(marker) ?? []), ...steps]);
  }

  /** The next step for a request whose last user message is `text` (and uses it up). */
  take(text: string): ScriptStep | undefined {
    for (const [marker, steps] of this.scripts) {
      if (!text.includes(marker)) continue;
      const step = steps[0];
      if (!step) continue;
      step.times -= 1;
      if (step.times <= 0) steps.shift();
      if (steps.length === 0) this.scripts.delete(marker);
      return step;
    }
    return undefined;
  }
}
