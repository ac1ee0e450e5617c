import { Skeleton } from "../../components/Skeleton";

export function AgentsSkeleton() {
  return (
    <div
      className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3"
      aria-busy="true"
      data-testid="agents-loading"
    >
      <span className="sr-only" role="status">
        Loading agents…
      </span>
      {["a", "b", "c"].map((key) => (
        <div key={key} className="space-y-3 rounded-lg border border-gray-200 bg-white p-4">
          <Skeleton className="h-5 w-1/2" />
          <Skeleton className="h-4 w-1/3" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-3 w-2/3" />
        </div>
      ))}
    </div>
  );
}
