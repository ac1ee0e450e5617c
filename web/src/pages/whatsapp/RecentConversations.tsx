import { MessagesSquare } from "lucide-react";
import { useId } from "react";
import { EmptyState } from "../../components/EmptyState";

/** Below the numbers: the latest conversations (the table comes with the inbox). */
export function RecentConversations() {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      data-testid="recent-conversations"
      className="mt-10 border-t border-gray-200 pt-8"
    >
      <h2 id={headingId} className="mb-4 text-lg font-semibold text-gray-900">
        Recent conversations
      </h2>
      <EmptyState icon={MessagesSquare} title="No conversations yet">
        When customers write to your numbers, their conversations appear here.
      </EmptyState>
    </section>
  );
}
