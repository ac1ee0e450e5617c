import { Api } from "../api";
import { Monitoring } from "../monitoring";
import { Queues } from "../queues";
import { Realtime } from "../realtime";
import { Search } from "../search";
import { Secrets } from "../secrets";
import { Storage } from "../storage";
import { Web } from "../web";

/** The stack functions of sst.config.ts, by name, to find each stack after a synth. */
export const stackFunctions = {
  Secrets,
  Storage,
  Realtime,
  Queues,
  Search,
  Api,
  Web,
  Monitoring,
};
