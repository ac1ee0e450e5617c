import { MessageCircle } from "lucide-react";
import { ComingSoon } from "../../components/ComingSoon";

/** `/app/:tenant/whatsapp` — placeholder until the inbox is built. */
export function WhatsAppPage() {
  return (
    <ComingSoon
      title="WhatsApp"
      description="Conversations with your customers on your WhatsApp Business numbers."
      icon={MessageCircle}
      emptyTitle="Your inbox will live here"
    >
      Connect a WhatsApp number to see your customers' conversations, reply in real time, hand over
      between your team and AI agents, and read each conversation's sentiment and summary.
    </ComingSoon>
  );
}
