import { Skeleton } from "../../components/Skeleton";

export function ConversationsSkeleton() {
  return (
    <div
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
      aria-busy="true"
      data-testid="conversations-loading"
    >
      <span className="sr-only" role="status">
        Loading conversations…
      </span>
      {["a", "b", "c", "d"].map((key) => (
        <div key={key} className="flex items-center gap-4">
          <div className="w-1/5 space-y-1.5">
            <Skeleton className="h-4" />
            <Skeleton className="h-3 w-2/3" />
          </div>
          <Skeleton className="h-5 w-14 rounded-full" />
          <Skeleton className="h-4 flex-1" />
          <Skeleton className="h-4 w-16" />
        </div>
      ))}
    </div>
  );
}
