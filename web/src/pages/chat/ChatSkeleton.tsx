import { Skeleton } from "../../components/Skeleton";

export function ChatSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true" data-testid="chat-loading">
      <span className="sr-only" role="status">
        Loading the conversation…
      </span>
      <Skeleton className="h-7 w-56" />
      <Skeleton className="h-4 w-72 max-w-full" />
      <Skeleton className="h-8 w-80 max-w-full" />
      <Skeleton className="h-96" />
    </div>
  );
}
