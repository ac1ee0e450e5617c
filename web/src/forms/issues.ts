import type { FormSchema } from "./use-form";

export interface Issue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

export type ParseResult<T> = ReturnType<FormSchema<T>["safeParse"]>;

/**
 * The form field an issue of a nested body belongs to: its leading names joined with dots, so
 * `["escalation", "keywords", 2]` is the `escalation.keywords` field (as the server's `fields`).
 */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  const names: string[] = [];
  for (const part of path) {
    if (typeof part !== "string") break;
    names.push(part);
  }
  return names.join(".");
}

/** A parse result whose issues name form fields (see `fieldPath`), plus the form's own checks. */
export function withFieldPaths<T>(result: ParseResult<T>, extra: Issue[] = []): ParseResult<T> {
  const issues: Issue[] = result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: [fieldPath(issue.path)],
        message: issue.message,
      }));
  issues.push(...extra);
  if (issues.length === 0 && result.success) return result;
  return { success: false, error: { issues } };
}

/** What a create-or-edit form submits: the full body to create, or the changes to an existing one. */
export type SaveRequest<C, U> = { kind: "create"; body: C } | { kind: "update"; body: U };

/**
 * The schema of a form that creates a thing or edits `existing`: the full body is checked to
 * create, only the changes to edit.
 */
export function saveSchema<V, C, U, E>(
  existing: E | undefined,
  create: (values: V) => ParseResult<C>,
  update: (existing: E, values: V) => ParseResult<U>,
): FormSchema<SaveRequest<C, U>> {
  return {
    safeParse(data) {
      const values = data as V;
      if (existing === undefined) {
        const result = create(values);
        return result.success
          ? { success: true, data: { kind: "create", body: result.data } }
          : result;
      }
      const result = update(existing, values);
      return result.success
        ? { success: true, data: { kind: "update", body: result.data } }
        : result;
    },
  };
}

/**
 * `saveSchema` for a form whose edit sends only what changed (`changes`), checked with the update
 * body's schema; an edit that changes nothing passes with an empty body (the dialog just closes).
 */
export function changesSchema<V, C, U extends object, E>(
  existing: E | undefined,
  create: FormSchema<C>,
  update: FormSchema<U>,
  changes: (existing: E, values: V) => U,
): FormSchema<SaveRequest<C, U>> {
  return saveSchema(
    existing,
    (values: V) => withFieldPaths(create.safeParse(values)),
    (saved, values) => {
      const body = changes(saved, values);
      if (Object.keys(body).length === 0) return { success: true, data: body };
      return withFieldPaths(update.safeParse(body));
    },
  );
}
