import { Label } from "@helios/contracts";
import * as z from "@helios/contracts/zod";

/** A stored label: the API's, under its tenant. */
export const LabelItem = z.extend(Label, { tenantId: z.string() });
export type LabelItem = z.infer<typeof LabelItem>;

export const toLabel = ({ tenantId: _tenant, ...label }: LabelItem): Label => label;

/** What makes two names the same label: case and surrounding spaces do not count. */
export const nameKey = (name: string) => name.trim().toLocaleLowerCase("en");
