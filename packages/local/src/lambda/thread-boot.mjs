// A worker thread does not load a .ts entry through the process's `--import tsx` on Node 20:
// register tsx in the thread itself, then load the function runtime.
import { register } from "tsx/esm/api";

register();
await import("./thread-entry.ts");
