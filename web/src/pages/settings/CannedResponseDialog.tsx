import { type CannedResponse, fillCannedText } from "@helios/contracts";
import { UserRound } from "lucide-react";
import { useRef, useState } from "react";
import {
  useCreateCannedResponse,
  useUpdateCannedResponse,
} from "../../canned-responses/use-canned-responses";
import { Button } from "../../components/Button";
import { DialogForm } from "../../components/FormBox";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useForm } from "../../forms/use-form";
import { toast } from "../../toast/toast-store";
import { CUSTOMER_NAME, cannedFormSchema, cannedFormValues, PREVIEW_CUSTOMER } from "./canned-form";

interface CannedResponseDialogProps {
  /** The reply to edit; none to create one. */
  reply?: CannedResponse;
  onClose: () => void;
}

/** "New canned response" / "Edit canned response": a shortcut, the text, and its preview. */
export function CannedResponseDialog({ reply, onClose }: CannedResponseDialogProps) {
  const create = useCreateCannedResponse();
  const update = useUpdateCannedResponse();
  const [schema] = useState(() => cannedFormSchema(reply));
  const form = useForm(schema, cannedFormValues(reply));
  const text = form.field("text");
  const textArea = useRef<HTMLTextAreaElement | null>(null);

  /** Puts `{{customer.name}}` where the cursor is (or at the end) and keeps typing there. */
  const insertName = () => {
    const element = textArea.current;
    const start = element?.selectionStart ?? text.value.length;
    const end = element?.selectionEnd ?? text.value.length;
    form.setValue("text", `${text.value.slice(0, start)}${CUSTOMER_NAME}${text.value.slice(end)}`);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + CUSTOMER_NAME.length, start + CUSTOMER_NAME.length);
    });
  };

  const onSubmit = form.handleSubmit((request) => {
    const done = (saved: CannedResponse) => {
      toast.success(reply ? `/${saved.shortcut} saved` : `/${saved.shortcut} created`);
      onClose();
    };
    const callbacks = { onSuccess: done, onError: form.showServerError };
    if (request.kind === "create") create.mutate(request.body, callbacks);
    else if (!reply || Object.keys(request.body).length === 0) onClose();
    else update.mutate({ cannedResponseId: reply.id, body: request.body }, callbacks);
  });

  const preview = fillCannedText(text.value.trim(), PREVIEW_CUSTOMER);
  return (
    <DialogForm
      title={reply ? "Edit canned response" : "New canned response"}
      description="Type / and its shortcut in a chat's composer to insert it."
      testId="canned-response-dialog"
      size="lg"
      onClose={onClose}
      onSubmit={onSubmit}
      error={form.formError}
      pending={create.isPending || update.isPending}
      submitLabel={reply ? "Save changes" : "Create canned response"}
    >
      <TextField
        label="Shortcut"
        autoComplete="off"
        placeholder="e.g. hours"
        hint="Letters, digits, - or _; typed after / in the composer."
        maxLength={33}
        {...form.field("shortcut")}
      />
      <div>
        <TextAreaField
          label="Text"
          rows={5}
          {...text}
          ref={(element) => {
            textArea.current = element;
            text.ref(element);
          }}
        />
        <Button
          variant="secondary"
          className="mt-2 px-2.5 py-1.5"
          icon={<UserRound className="size-4" aria-hidden />}
          onClick={insertName}
        >
          Insert customer name
        </Button>
      </div>
      <div>
        <p className="text-sm font-medium text-gray-800">Preview</p>
        <p
          data-testid="canned-preview"
          className="mt-1 rounded-lg bg-emerald-50 px-3 py-2 text-sm whitespace-pre-wrap break-words text-gray-900"
        >
          {preview || (
            <span className="text-gray-500">The reply as a customer named Ana sees it.</span>
          )}
        </p>
      </div>
    </DialogForm>
  );
}
