import type { WhatsAppNumber } from "@helios/contracts";
import { useState } from "react";
import { errorMessage } from "../../api/api-error";
import { useUpdateNumber } from "./use-numbers";

export interface ActiveToggle {
  /** The new state while saving, else the number's. */
  checked: boolean;
  pending: boolean;
  /** Why the server refused (422 `agent_required`, `agent_whatsapp_disabled`…), or null. */
  refusal: string | null;
  toggle: (active: boolean) => void;
  dismiss: () => void;
}

/** PATCH `{active}` for one number; a refusal reverts the switch and says why. */
export function useActiveToggle(number: WhatsAppNumber): ActiveToggle {
  const mutation = useUpdateNumber();
  // A refusal is about the number as it was: once it changes (e.g. edited), it no longer applies.
  const [refusedVersion, setRefusedVersion] = useState<string | null>(null);
  const checked = mutation.isPending
    ? (mutation.variables.body.active ?? number.active)
    : number.active;
  const refusal =
    mutation.isError && refusedVersion === number.updatedAt ? errorMessage(mutation.error) : null;

  return {
    checked,
    pending: mutation.isPending,
    refusal,
    toggle: (active) => {
      mutation.reset();
      mutation.mutate(
        { numberId: number.id, body: { active } },
        { onError: () => setRefusedVersion(number.updatedAt) },
      );
    },
    dismiss: mutation.reset,
  };
}
