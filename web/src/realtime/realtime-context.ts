import { createContext, useContext } from "react";
import type { RealtimeState } from "./realtime-client";

export const RealtimeContext = createContext<RealtimeState>("connecting");

/** Whether live updates are flowing (inside the app shell). */
export function useRealtimeState(): RealtimeState {
  return useContext(RealtimeContext);
}
