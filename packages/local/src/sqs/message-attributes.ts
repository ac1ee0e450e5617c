import type { SQSMessageAttributes } from "aws-lambda";
import { z } from "zod";
import { invalidParameterValue } from "./errors";

/** A message attribute as it travels in the JSON protocol (binary values base64-encoded). */
export const messageAttributeValueSchema = z.object({
  DataType: z.string(),
  StringValue: z.string().optional(),
  BinaryValue: z.string().optional(),
});
export type MessageAttributeValue = z.infer<typeof messageAttributeValueSchema>;

export const messageAttributesSchema = z.record(z.string(), messageAttributeValueSchema);

const MAX_ATTRIBUTES = 10;

/** The checks SQS makes on SendMessage's MessageAttributes. */
export function validateMessageAttributes(attributes: Record<string, MessageAttributeValue>): void {
  const entries = Object.entries(attributes);
  if (entries.length > MAX_ATTRIBUTES) {
    throw invalidParameterValue(
      `Number of message attributes [${entries.length}] exceeds the allowed maximum [${MAX_ATTRIBUTES}].`,
    );
  }
  for (const [name, attribute] of entries) {
    if (
      !/^[A-Za-z0-9_.-]{1,256}$/.test(name) ||
      name.startsWith("AWS.") ||
      name.startsWith("Amazon.")
    ) {
      throw invalidParameterValue(`Message attribute name '${name}' is invalid.`);
    }
    const baseType = attribute.DataType.split(".")[0];
    if (baseType === "String" || baseType === "Number") {
      if (attribute.StringValue === undefined || attribute.StringValue === "") {
        throw invalidParameterValue(
          `Message attribute '${name}' must contain a non-empty message attribute value for message attribute type '${attribute.DataType}'.`,
        );
      }
      if (baseType === "Number" && !Number.isFinite(Number(attribute.StringValue))) {
        throw invalidParameterValue(
          `Can't cast the value of message (user) attribute '${name}' to a number.`,
        );
      }
    } else if (baseType === "Binary") {
      if (attribute.BinaryValue === undefined || attribute.BinaryValue === "") {
        throw invalidParameterValue(
          `Message attribute '${name}' must contain a non-empty message attribute value for message attribute type '${attribute.DataType}'.`,
        );
      }
    } else {
      throw invalidParameterValue(
        `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
      );
    }
  }
}

/** ReceiveMessage's MessageAttributeNames: `All`, `.*`, exact names, or `prefix.*`. */
export function selectMessageAttributes(
  attributes: Record<string, MessageAttributeValue>,
  requested: readonly string[],
): Record<string, MessageAttributeValue> {
  const selected: Record<string, MessageAttributeValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const wanted = requested.some(
      (pattern) =>
        pattern === "All" ||
        pattern === ".*" ||
        pattern === name ||
        (pattern.endsWith(".*") && name.startsWith(pattern.slice(0, -1))),
    );
    if (wanted) selected[name] = value;
  }
  return selected;
}

/** Lambda's event spells attributes in camelCase and always carries the (unused) list fields. */
export function toLambdaMessageAttributes(
  attributes: Record<string, MessageAttributeValue>,
): SQSMessageAttributes {
  const converted: SQSMessageAttributes = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    converted[name] = {
      ...(attribute.StringValue !== undefined ? { stringValue: attribute.StringValue } : {}),
      ...(attribute.BinaryValue !== undefined ? { binaryValue: attribute.BinaryValue } : {}),
      stringListValues: [],
      binaryListValues: [],
      dataType: attribute.DataType,
    };
  }
  return converted;
}
