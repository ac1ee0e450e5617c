import { Skeleton } from "../components/Skeleton";

/** The shell's outline while `GET /api/me` loads. */
export function AppShellSkeleton() {
  return (
    <div className="flex min-h-full" aria-busy="true" data-testid="app-loading">
      <span className="sr-only" role="status">
        Loading your workspace…
      </span>
      <div className="hidden w-64 shrink-0 flex-col gap-4 border-r border-gray-200 bg-white p-4 lg:flex">
        <Skeleton className="h-8 w-28" />
        <Skeleton className="h-10" />
        <div className="mt-4 space-y-2">
          <Skeleton className="h-8" />
          <Skeleton className="h-8" />
          <Skeleton className="h-8" />
          <Skeleton className="h-8" />
        </div>
      </div>
      <div className="flex-1 p-6 lg:p-10">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="mt-3 h-4 w-80 max-w-full" />
        <Skeleton className="mt-8 h-64" />
      </div>
    </div>
  );
}
