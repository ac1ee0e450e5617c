import * as z from "./zod";

/** A workspace's label: conversations carry its id (`Conversation.labels`). */
export const Label = z.object({
  id: z.string(),
  name: z.string(),
  /** `#rrggbb`. */
  color: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Label = z.infer<typeof Label>;

export const LabelList = z.object({ items: z.array(Label) });
export type LabelList = z.infer<typeof LabelList>;

const LabelName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Name the label"),
    z.maxLength(40, "A label's name is at most 40 characters"),
  );
const LabelColor = z.pipe(
  z.string().check(z.trim(), z.regex(/^#[0-9a-fA-F]{6}$/, "A colour is #rrggbb, e.g. #2563eb")),
  z.transform((color) => color.toLowerCase()),
);

/** Names are unique in a workspace, whatever their case (409 label_exists). */
export const CreateLabelBody = z.object({ name: LabelName, color: LabelColor });
export type CreateLabelBody = z.input<typeof CreateLabelBody>;

export const UpdateLabelBody = z
  .partial(z.object({ name: LabelName, color: LabelColor }))
  .check(
    z.refine((body) => body.name !== undefined || body.color !== undefined, "Send name or color"),
  );
export type UpdateLabelBody = z.input<typeof UpdateLabelBody>;
