import type { ConversationStatus } from "@helios/contracts";
import { Badge } from "../components/Badge";

const labels: Record<ConversationStatus, string> = {
  open: "Open",
  closed: "Closed",
  archived: "Archived",
};

const tones = { open: "green", closed: "blue", archived: "gray" } as const;

export function ConversationStatusBadge({ status }: { status: ConversationStatus }) {
  return (
    <Badge tone={tones[status]} testId="conversation-status">
      {labels[status]}
    </Badge>
  );
}
