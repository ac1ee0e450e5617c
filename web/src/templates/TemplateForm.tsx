import { fillTemplate, missingVariables, type Template, type TemplateRef } from "@helios/contracts";
import { RefreshCw, Send } from "lucide-react";
import { type FormEvent, type ReactNode, useEffect, useId, useState } from "react";
import { errorMessage } from "../api/api-error";
import { Button } from "../components/Button";
import { SelectField } from "../components/SelectField";
import { Spinner } from "../components/Spinner";
import { TextField } from "../components/TextField";
import { defaultVariables, isNameVariable, STATUS_LABELS } from "./defaults";
import { useTemplates } from "./use-templates";

interface TemplateFormProps {
  numberId: string | undefined;
  /** Fills `{{1}}` (or a `name` variable) when the template greets the customer by name. */
  customerName?: string;
  pending: boolean;
  /** The last refusal, in words (the server's message). */
  error?: string | null;
  onSubmit: (template: TemplateRef) => void;
  /** Extra fields above the template's (the new-conversation dialog's recipient). */
  children?: ReactNode;
  submitLabel?: string;
  /** Blocks sending, e.g. until the recipient is valid. */
  blocked?: boolean;
}

const optionLabel = (template: Template) =>
  `${template.name} (${template.language})${template.status === "approved" ? "" : ` — ${STATUS_LABELS[template.status]}`}`;

/**
 * Choose an approved template, fill its variables (each required), see the message as the
 * customer will, and send. Pending and rejected templates are listed, but cannot be chosen.
 */
export function TemplateForm({
  numberId,
  customerName,
  pending,
  error,
  onSubmit,
  children,
  submitLabel = "Send template",
  blocked = false,
}: TemplateFormProps) {
  const templates = useTemplates(numberId);
  const items = templates.data?.items ?? [];
  const [chosenId, setChosenId] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState(false);
  const previewId = useId();
  const chosen = items.find((template) => template.id === chosenId);

  // The first approved template is chosen once the list arrives (or when the chosen one is gone).
  useEffect(() => {
    if (chosen || items.length === 0) return;
    const first = items.find((template) => template.status === "approved");
    if (first) {
      setChosenId(first.id);
      setValues(defaultVariables(first, customerName));
    }
  }, [chosen, items, customerName]);

  const choose = (id: string) => {
    const template = items.find((candidate) => candidate.id === id);
    setChosenId(id);
    setTouched(false);
    setValues(template ? defaultVariables(template, customerName) : {});
  };

  const missing = chosen ? missingVariables(chosen, values) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (chosen?.status !== "approved" || missing.length > 0 || blocked) return;
    const variables = Object.fromEntries(chosen.variables.map((key) => [key, values[key] ?? ""]));
    onSubmit({ id: chosen.id, variables });
  };

  const refreshButton = (
    <Button
      variant="secondary"
      onClick={() => void templates.refresh()}
      pending={templates.refreshing}
      icon={<RefreshCw className="size-4" aria-hidden />}
      data-testid="templates-refresh"
    >
      Refresh
    </Button>
  );

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" data-testid="template-form">
      {children}
      {templates.isPending && numberId ? (
        <p
          className="flex items-center gap-2 text-sm text-gray-600"
          data-testid="templates-loading"
        >
          <Spinner /> Loading templates…
        </p>
      ) : templates.isError ? (
        <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-700">
          <span data-testid="templates-error">{errorMessage(templates.error)}</span>
          {refreshButton}
        </div>
      ) : numberId && items.length === 0 ? (
        <div className="flex flex-wrap items-center gap-2 text-sm text-gray-600">
          <span data-testid="templates-empty">
            This number has no templates yet: create one in Twilio's Content Template Builder or
            WhatsApp Manager, then refresh.
          </span>
          {refreshButton}
        </div>
      ) : numberId ? (
        <>
          <div className="flex items-end gap-2">
            <SelectField
              label="Template"
              className="min-w-0 flex-1"
              value={chosenId}
              onChange={(event) => choose(event.target.value)}
              options={[
                ...(chosen ? [] : [{ value: "", label: "Choose a template", disabled: true }]),
                ...items.map((template) => ({
                  value: template.id,
                  label: optionLabel(template),
                  disabled: template.status !== "approved",
                })),
              ]}
              data-testid="template-select"
            />
            {refreshButton}
          </div>
          {chosen?.variables.map((key) => (
            <TextField
              key={`${chosen.id}-${key}`}
              label={`{{${key}}}${isNameVariable(chosen, key) ? " — customer's name" : ""}`}
              value={values[key] ?? ""}
              required
              maxLength={1024}
              onChange={(event) =>
                setValues((current) => ({ ...current, [key]: event.target.value }))
              }
              error={touched && missing.includes(key) ? "Fill in this variable" : undefined}
              data-testid={`template-variable-${key}`}
            />
          ))}
          {chosen && (
            <figure aria-labelledby={previewId}>
              <figcaption id={previewId} className="mb-1 text-xs font-medium text-gray-600">
                Preview
              </figcaption>
              <p
                data-testid="template-preview"
                className="rounded-md bg-emerald-50 px-3 py-2 text-sm whitespace-pre-wrap text-gray-900 ring-1 ring-emerald-200"
              >
                {fillTemplate(chosen.body, values)}
              </p>
            </figure>
          )}
        </>
      ) : null}
      {error && (
        <p role="alert" className="text-sm text-red-700" data-testid="template-send-error">
          {error}
        </p>
      )}
      <div className="flex justify-end">
        <Button
          type="submit"
          pending={pending}
          disabled={chosen?.status !== "approved" || blocked}
          icon={<Send className="size-4" aria-hidden />}
          data-testid="template-send"
        >
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
