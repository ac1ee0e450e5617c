import { Logger } from "@aws-lambda-powertools/logger";

/** One structured (JSON) logger for the domain and the handlers. */
export const logger = new Logger({ serviceName: "helios" });
