import type { Conversation, TemplateRef } from "@helios/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { X } from "lucide-react";
import { errorMessage } from "../../api/api-error";
import { call } from "../../api/client";
import { useCurrentTenant } from "../../app/tenant-context";
import { Button } from "../../components/Button";
import { upsertMessage } from "../../conversations/message-cache";
import { TemplateForm } from "../../templates/TemplateForm";
import { toast } from "../../toast/toast-store";

interface TemplateComposerProps {
  conversation: Conversation;
  /** Inside the window the template panel can be closed (back to free text); outside it cannot. */
  onClose?: () => void;
}

/**
 * Sends an approved template in the chat: in place of the composer while the 24-hour window is
 * closed, or opened from it.
 */
export function TemplateComposer({ conversation, onClose }: TemplateComposerProps) {
  const { tenant } = useCurrentTenant();
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (template: TemplateRef) =>
      call("conversations/send", {
        params: { tenant: tenant.slug, conversationId: conversation.id },
        body: { template },
      }),
    onSuccess: (message) => {
      upsertMessage(queryClient, tenant.slug, message);
      toast.success("Template sent");
      onClose?.();
    },
  });

  return (
    <section
      aria-label="Send a template"
      data-testid="template-composer"
      className="min-h-0 overflow-y-auto p-3"
    >
      <div className="mb-2 flex items-start justify-between gap-2">
        <p className="text-xs text-amber-800" data-testid={onClose ? undefined : "composer-closed"}>
          {onClose
            ? "Send an approved template: WhatsApp delivers it whether or not the customer wrote in the last 24 hours."
            : "The 24-hour window is closed: WhatsApp only lets you answer with an approved template until the customer writes again."}
        </p>
        {onClose && (
          <Button
            variant="ghost"
            className="px-2 py-1"
            aria-label="Back to writing a message"
            onClick={onClose}
            icon={<X className="size-4" aria-hidden />}
          />
        )}
      </div>
      <TemplateForm
        numberId={conversation.numberId}
        customerName={conversation.customer.name || undefined}
        pending={send.isPending}
        error={send.isError ? errorMessage(send.error) : null}
        onSubmit={(template) => send.mutate(template)}
      />
    </section>
  );
}
