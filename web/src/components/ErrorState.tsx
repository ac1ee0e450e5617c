import { RefreshCw, TriangleAlert } from "lucide-react";
import { errorMessage } from "../api/api-error";
import { Button } from "./Button";

interface ErrorStateProps {
  title?: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** A failed query: what went wrong and a Retry button. */
export function ErrorState({
  title = "Something went wrong",
  error,
  onRetry,
  retrying,
}: ErrorStateProps) {
  return (
    <div
      role="alert"
      data-testid="error-state"
      className="flex flex-col items-center gap-3 rounded-lg border border-red-200 bg-white px-6 py-10 text-center"
    >
      <TriangleAlert className="size-8 text-red-500" aria-hidden />
      <div>
        <p className="font-medium text-gray-900">{title}</p>
        <p className="mt-1 text-sm text-gray-600">{errorMessage(error)}</p>
      </div>
      <Button
        variant="secondary"
        onClick={onRetry}
        pending={retrying}
        icon={<RefreshCw className="size-4" aria-hidden />}
      >
        Retry
      </Button>
    </div>
  );
}

/** What a failed TanStack query gives its error view. */
interface FailedQuery {
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

interface QueryErrorProps {
  /** Names what did not load ("Could not load the messages"). */
  title: string;
  query: FailedQuery;
}

/** A query that could not load: its error, and Retry fetches it again. */
export function QueryError({ title, query }: QueryErrorProps) {
  return (
    <ErrorState
      title={title}
      error={query.error}
      onRetry={() => query.refetch()}
      retrying={query.isFetching}
    />
  );
}

/** A whole page that could not load what it shows. */
export function PageQueryError(props: QueryErrorProps) {
  return (
    <main className="mx-auto max-w-lg px-4 py-24">
      <QueryError {...props} />
    </main>
  );
}
