import type { Label } from "@helios/contracts";
import clsx from "clsx";
import { useState } from "react";
import { FieldMessage } from "../../components/Field";
import { DialogForm } from "../../components/FormBox";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { LabelChip } from "../../labels/LabelChip";
import { useCreateLabel, useUpdateLabel } from "../../labels/use-labels";
import { toast } from "../../toast/toast-store";
import { labelFormSchema, labelFormValues, labelPalette } from "./label-form";

interface LabelDialogProps {
  /** The label to edit; none to create one. */
  label?: Label;
  onClose: () => void;
}

/** "New label" / "Edit label": a name and a colour from the palette (or any colour). */
export function LabelDialog({ label, onClose }: LabelDialogProps) {
  const create = useCreateLabel();
  const update = useUpdateLabel();
  const [schema] = useState(() => labelFormSchema(label));
  const form = useForm(schema, labelFormValues(label));
  const color = form.field("color");
  const colorMessageId = "label-color-message";

  const onSubmit = form.handleSubmit((request) => {
    const done = (saved: Label) => {
      toast.success(label ? `Label “${saved.name}” saved` : `Label “${saved.name}” created`);
      onClose();
    };
    const callbacks = { onSuccess: done, onError: form.showServerError };
    if (request.kind === "create") create.mutate(request.body, callbacks);
    else if (!label || Object.keys(request.body).length === 0) onClose();
    else update.mutate({ labelId: label.id, body: request.body }, callbacks);
  });

  return (
    <DialogForm
      title={label ? "Edit label" : "New label"}
      description="Labels sort conversations (VIP, Billing, Bug…); everyone can apply them."
      testId="label-dialog"
      onClose={onClose}
      onSubmit={onSubmit}
      error={form.formError}
      pending={create.isPending || update.isPending}
      submitLabel={label ? "Save changes" : "Create label"}
    >
      <TextField label="Name" autoComplete="off" maxLength={40} {...form.field("name")} />
      <fieldset aria-describedby={colorMessageId}>
        <legend className="block text-sm font-medium text-gray-800">Colour</legend>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {labelPalette.map((swatch) => {
            const chosen = color.value.toLowerCase() === swatch.color;
            return (
              <button
                key={swatch.color}
                type="button"
                aria-label={swatch.name}
                aria-pressed={chosen}
                onClick={() => form.setValue("color", swatch.color)}
                className={clsx(
                  "size-8 rounded-full ring-offset-2",
                  chosen ? "ring-2 ring-gray-900" : "ring-1 ring-black/10",
                )}
                style={{ backgroundColor: swatch.color }}
              />
            );
          })}
          <label className="ml-1 inline-flex items-center gap-2 text-sm text-gray-700">
            <input
              type="color"
              ref={color.ref}
              name={color.name}
              value={/^#[0-9a-f]{6}$/i.test(color.value) ? color.value : "#000000"}
              onChange={color.onChange}
              className="size-8 cursor-pointer rounded border-0 bg-transparent p-0"
            />
            Other
          </label>
        </div>
        <FieldMessage id={colorMessageId} error={color.error} />
      </fieldset>
      <div className="text-sm text-gray-600">
        Preview:{" "}
        <LabelChip label={{ name: form.values.name.trim() || "Label", color: color.value }} />
      </div>
    </DialogForm>
  );
}
