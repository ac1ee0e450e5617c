import { CUSTOMER_ADDRESS, type TemplateRef } from "@helios/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { errorMessage } from "../api/api-error";
import { call } from "../api/client";
import { queryKeys } from "../api/query-keys";
import { tenantPath } from "../app/nav-items";
import { useCurrentTenant } from "../app/tenant-context";
import { Dialog } from "../components/Dialog";
import { SelectField } from "../components/SelectField";
import { TextField } from "../components/TextField";
import { upsertConversation } from "../conversations/conversation-cache";
import { customerName, formatAddress } from "../conversations/format-address";
import { useConversations } from "../conversations/use-conversations";
import { useNumbers } from "../pages/whatsapp/use-numbers";
import { toast } from "../toast/toast-store";
import { TemplateForm } from "./TemplateForm";

/** What the person typed as the address WhatsApp takes: `+1 415 555 0123` → `whatsapp:+14155550123`. */
export function recipientAddress(typed: string): string {
  const value = typed.trim();
  if (value.startsWith("whatsapp:")) return value;
  const digits = value.replace(/[\s().-]/g, "");
  return `whatsapp:${digits.startsWith("+") ? digits : `+${digits}`}`;
}

/**
 * "New conversation": a number, the customer (a phone number, or a customer who wrote before),
 * an approved template → the conversation opens (or the customer's existing one resumes).
 */
export function NewConversationDialog({ onClose }: { onClose: () => void }) {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const numbers = useNumbers();
  const known = useConversations("all");
  const numberItems = numbers.data?.items ?? [];
  const [numberId, setNumberId] = useState("");
  const chosenNumber = numberId || numberItems[0]?.id || "";
  const [to, setTo] = useState("");
  const [touched, setTouched] = useState(false);
  const address = recipientAddress(to);
  const valid = CUSTOMER_ADDRESS.test(address);
  const customers = (known.data ?? []).filter(
    (conversation) => conversation.numberId === chosenNumber,
  );
  const picked = customers.find((conversation) => conversation.customer.address === address);

  const start = useMutation({
    mutationFn: (template: TemplateRef) =>
      call("conversations/start", {
        params: { tenant: tenant.slug },
        body: { numberId: chosenNumber, to: address, template },
      }),
    onSuccess: (conversation) => {
      upsertConversation(queryClient, tenant.slug, conversation);
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversationLists(tenant.slug) });
      toast.success("Template sent: the conversation is open");
      onClose();
      navigate(tenantPath(tenant.slug, `whatsapp/${encodeURIComponent(conversation.id)}`));
    },
  });

  return (
    <Dialog
      title="New conversation"
      description="Write first with an approved template: WhatsApp allows nothing else until the customer answers."
      onClose={onClose}
      testId="new-conversation-dialog"
      size="lg"
    >
      <TemplateForm
        numberId={chosenNumber || undefined}
        customerName={picked ? customerName(picked.customer) : undefined}
        pending={start.isPending}
        error={start.isError ? errorMessage(start.error) : null}
        blocked={!valid}
        onSubmit={(template) => {
          setTouched(true);
          if (valid) start.mutate(template);
        }}
      >
        <SelectField
          label="From number"
          value={chosenNumber}
          onChange={(event) => setNumberId(event.target.value)}
          options={
            numberItems.length
              ? numberItems.map((number) => ({
                  value: number.id,
                  label: `${number.displayName} (${number.provider === "twilio" ? "Twilio" : "Meta"})`,
                }))
              : [
                  {
                    value: "",
                    label: numbers.isPending ? "Loading numbers…" : "No numbers connected",
                  },
                ]
          }
          data-testid="new-conversation-number"
        />
        {customers.length > 0 && (
          <SelectField
            label="Known customer"
            value={picked ? picked.customer.address : ""}
            onChange={(event) => setTo(event.target.value)}
            options={[
              { value: "", label: "Someone new (type the number below)" },
              ...customers.map((conversation) => ({
                value: conversation.customer.address,
                label: `${customerName(conversation.customer)} · ${formatAddress(conversation.customer.address)}`,
              })),
            ]}
            data-testid="new-conversation-customer"
          />
        )}
        <TextField
          label="Customer's WhatsApp number"
          placeholder="+14155550123"
          inputMode="tel"
          autoComplete="off"
          spellCheck={false}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          onBlur={() => setTouched(true)}
          hint="+ then the country code and number, e.g. +14155550123."
          error={
            touched && !valid
              ? "Use + and the country code, then the number (8–15 digits), e.g. +14155550123"
              : undefined
          }
          data-testid="new-conversation-to"
        />
      </TemplateForm>
    </Dialog>
  );
}
