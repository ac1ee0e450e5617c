import { useSyncExternalStore } from "react";
import { getSession, type Session, subscribeSession } from "./session";

/** The current session (token + user), re-rendering when it changes (also from other tabs). */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}
