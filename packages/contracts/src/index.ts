export * from "./agents";
export * from "./auth";
export * from "./errors";
export * from "./health";
export * from "./integrations";
export * from "./members";
export * from "./numbers";
export * from "./realtime";
