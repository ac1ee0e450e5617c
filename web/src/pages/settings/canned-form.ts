import {
  type CannedResponse,
  CreateCannedResponseBody,
  UpdateCannedResponseBody,
} from "@helios/contracts";
import { changesSchema, type SaveRequest } from "../../forms/issues";
import type { FormSchema } from "../../forms/use-form";

export type CannedFormValues = { shortcut: string; text: string };
export type CannedRequest = SaveRequest<CreateCannedResponseBody, UpdateCannedResponseBody>;

/** What `{{customer.name}}` becomes in the form's preview. */
export const PREVIEW_CUSTOMER = { name: "Ana" };
export const CUSTOMER_NAME = "{{customer.name}}";

export const cannedFormValues = (reply?: CannedResponse): CannedFormValues => ({
  shortcut: reply?.shortcut ?? "",
  text: reply?.text ?? "",
});

/** The shortcut as the server stores it (no "/", lower case), to compare with the saved one. */
const normalShortcut = (shortcut: string) => shortcut.trim().replace(/^\//, "").toLowerCase();

function changes(reply: CannedResponse, values: CannedFormValues): UpdateCannedResponseBody {
  const body: UpdateCannedResponseBody = {};
  if (normalShortcut(values.shortcut) !== reply.shortcut) body.shortcut = values.shortcut;
  if (values.text.trim() !== reply.text) body.text = values.text;
  return body;
}

export const cannedFormSchema = (reply?: CannedResponse): FormSchema<CannedRequest> =>
  changesSchema(reply, CreateCannedResponseBody, UpdateCannedResponseBody, changes);
