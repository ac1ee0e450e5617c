import { errorMessage } from "../api/api-error";
import { Alert } from "./Alert";
import { Button } from "./Button";

/** What this footer reads of a TanStack infinite query's result. */
interface PagedQuery {
  isFetchNextPageError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** Under a paged list: why the next page failed, and the button that loads it. */
export function LoadMore({ noun, query }: { noun: string; query: PagedQuery }) {
  return (
    <>
      {query.isFetchNextPageError && (
        <Alert className="mt-4">{`Could not load more ${noun}: ${errorMessage(query.error)}`}</Alert>
      )}
      {query.hasNextPage && (
        <div className="mt-4 flex justify-center">
          <Button
            variant="secondary"
            pending={query.isFetchingNextPage}
            onClick={() => query.fetchNextPage()}
          >
            Load more
          </Button>
        </div>
      )}
    </>
  );
}
