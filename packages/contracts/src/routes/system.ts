import { HealthResponse } from "../health";
import { defineRoutes } from "./define";

export const systemRoutes = defineRoutes({
  health: {
    method: "GET",
    path: "/api/health",
    summary: "Health check",
    access: "public",
    response: HealthResponse,
    status: 200,
  },
  openapi: {
    method: "GET",
    path: "/api/openapi.json",
    summary: "This document",
    access: "public",
    status: 200,
    documented: false,
  },
});
