import { type ChangeEvent, type FormEvent, useCallback, useRef, useState } from "react";
import { ApiError, errorMessage } from "../api/api-error";

/** The part of a zod schema the forms use (keeps `zod` itself out of the web package's imports). */
export interface FormSchema<T> {
  safeParse(data: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> };
      };
}

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface FieldProps<K extends string> {
  name: K;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<FieldElement>) => void;
  ref: (element: FieldElement | null) => void;
}

export interface Form<K extends string, T> {
  values: Record<K, string>;
  errors: Partial<Record<K, string>>;
  /** A message for the whole form (e.g. "Wrong email or password"), shown above the button. */
  formError: string | null;
  field: <N extends K>(name: N) => FieldProps<N>;
  setValue: (name: K, value: string) => void;
  /** `onSubmit` of the `<form>`: validates with the schema, focuses the first invalid field. */
  handleSubmit: (onValid: (data: T) => void) => (event: FormEvent<HTMLFormElement>) => void;
  /**
   * Shows a failed request: the server's `fields` under their inputs, and its message above unless
   * it is a plain validation failure (400) whose fields say it all.
   */
  showServerError: (error: unknown) => void;
  clearFormError: () => void;
}

/**
 * Form state for string inputs, validated on submit with a contracts zod schema. Field order is
 * the order of `initial`'s keys (used to focus the first invalid field).
 */
export function useForm<K extends string, T>(
  schema: FormSchema<T>,
  initial: Record<K, string>,
): Form<K, T> {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const elements = useRef(new Map<K, FieldElement>());
  const order = useRef(Object.keys(initial) as K[]).current;

  const isField = useCallback(
    (name: PropertyKey | undefined): name is K => {
      return typeof name === "string" && (order as string[]).includes(name);
    },
    [order],
  );

  const focusFirst = useCallback(
    (invalid: Partial<Record<K, string>>) => {
      const first = order.find((name) => invalid[name]);
      if (first) elements.current.get(first)?.focus();
    },
    [order],
  );

  const setValue = useCallback((name: K, value: string) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => {
      if (!previous[name]) return previous;
      const next = { ...previous };
      delete next[name];
      return next;
    });
  }, []);

  const field = <N extends K>(name: N): FieldProps<N> => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (event) => setValue(name, event.target.value),
    ref: (element) => {
      if (element) elements.current.set(name, element);
      else elements.current.delete(name);
    },
  });

  const handleSubmit = (onValid: (data: T) => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const result = schema.safeParse(values);
    if (result.success) {
      setErrors({});
      onValid(result.data);
      return;
    }
    const invalid: Partial<Record<K, string>> = {};
    for (const issue of result.error.issues) {
      const name = issue.path[0];
      if (isField(name) && !invalid[name]) invalid[name] = issue.message;
    }
    setErrors(invalid);
    focusFirst(invalid);
  };

  const showServerError = (error: unknown) => {
    const invalid: Partial<Record<K, string>> = {};
    if (error instanceof ApiError) {
      for (const [path, message] of Object.entries(error.fields)) {
        // `escalation.keywords.2` is the `escalation.keywords` field.
        const name = path.replace(/(\.\d+)+$/, "");
        if (isField(name) && !invalid[name]) invalid[name] = message;
      }
    }
    const matched = Object.keys(invalid).length > 0;
    // A malformed field is said under it; a refused rule or a conflict (409, 422) also says why
    // above the button, since its field note alone ("Already connected") does not.
    const onlyFields = matched && error instanceof ApiError && error.status === 400;
    setErrors(invalid);
    setFormError(onlyFields ? null : errorMessage(error));
    focusFirst(invalid);
  };

  return {
    values,
    errors,
    formError,
    field,
    setValue,
    handleSubmit,
    showServerError,
    clearFormError: () => setFormError(null),
  };
}
