import { LinkToken } from "@helios/contracts";
import { useParams, useSearchParams } from "react-router";

/**
 * The token of an e-mailed link, from the path (`/reset-password/{token}`) or the query
 * (`?token=`); null when it is missing or cannot be one (a link cut short by the mail client).
 */
export function useLinkToken(): string | null {
  const params = useParams();
  const [search] = useSearchParams();
  const raw = params.token ?? search.get("token");
  const parsed = LinkToken.safeParse(raw ?? "");
  return parsed.success ? parsed.data : null;
}
