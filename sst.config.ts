import type { SSTConfig } from "sst";
import { Api } from "./stacks/api";
import { functionDefaults, isProductionStage } from "./stacks/defaults";
import { Monitoring } from "./stacks/monitoring";
import { suppressAppInternals } from "./stacks/nag";
import { Queues } from "./stacks/queues";
import { Realtime } from "./stacks/realtime";
import { Search } from "./stacks/search";
import { Secrets } from "./stacks/secrets";
import { Storage } from "./stacks/storage";
import { Web } from "./stacks/web";

export default {
  config() {
    return { name: "helios", region: process.env.AWS_REGION ?? "us-east-1" };
  },
  stacks(app) {
    app.setDefaultFunctionProps(functionDefaults);
    // Production stages keep their table (stacks/storage.ts); every other stage is removed whole.
    if (!isProductionStage(app.stage)) app.setDefaultRemovalPolicy("destroy");
    app
      .stack(Secrets)
      .stack(Storage)
      .stack(Realtime)
      .stack(Queues)
      .stack(Search)
      .stack(Api)
      .stack(Web)
      .stack(Monitoring);
    // cdk-nag: what SST itself adds to every stack (stacks/nag.ts says why each is accepted).
    suppressAppInternals(app);
  },
} satisfies SSTConfig;
