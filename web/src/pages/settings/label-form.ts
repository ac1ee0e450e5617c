import { CreateLabelBody, type Label, UpdateLabelBody } from "@helios/contracts";
import { changesSchema, type SaveRequest } from "../../forms/issues";
import type { FormSchema } from "../../forms/use-form";

export type LabelFormValues = { name: string; color: string };
export type LabelRequest = SaveRequest<CreateLabelBody, UpdateLabelBody>;

/** A small palette that reads well as chips on white; any other colour through the picker. */
export const labelPalette = [
  { name: "Red", color: "#dc2626" },
  { name: "Orange", color: "#ea580c" },
  { name: "Amber", color: "#d97706" },
  { name: "Green", color: "#16a34a" },
  { name: "Teal", color: "#0d9488" },
  { name: "Blue", color: "#2563eb" },
  { name: "Violet", color: "#7c3aed" },
  { name: "Pink", color: "#db2777" },
  { name: "Grey", color: "#4b5563" },
] as const;

export const labelFormValues = (label?: Label): LabelFormValues => ({
  name: label?.name ?? "",
  color: label?.color ?? labelPalette[5].color,
});

function changes(label: Label, values: LabelFormValues): UpdateLabelBody {
  const body: UpdateLabelBody = {};
  if (values.name.trim() !== label.name) body.name = values.name;
  if (values.color.toLowerCase() !== label.color) body.color = values.color;
  return body;
}

export const labelFormSchema = (label?: Label): FormSchema<LabelRequest> =>
  changesSchema(label, CreateLabelBody, UpdateLabelBody, changes);
