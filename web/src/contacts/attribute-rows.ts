/** A contact's attributes as editable rows (keys can be renamed, rows added and removed). */
export interface AttributeRow {
  id: number;
  key: string;
  value: string;
}

let nextRowId = 1;

export const newRow = (key = "", value = ""): AttributeRow => ({ id: nextRowId++, key, value });

export const rowsOf = (attributes: Record<string, string>): AttributeRow[] =>
  Object.entries(attributes).map(([key, value]) => newRow(key, value));

/**
 * The rows as the API's `attributes` (rows left wholly empty are dropped), or, per row id, why a
 * row cannot be saved as it is.
 */
export function attributesOf(
  rows: readonly AttributeRow[],
): { attributes: Record<string, string> } | { errors: Record<number, string> } {
  const attributes: Record<string, string> = {};
  const errors: Record<number, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (!key && !row.value.trim()) continue;
    if (!key) errors[row.id] = "Name this attribute";
    else if (key in attributes) errors[row.id] = `“${key}” is already above`;
    else attributes[key] = row.value;
  }
  return Object.keys(errors).length > 0 ? { errors } : { attributes };
}
