import { z } from "zod";
import { apiCatalog } from "./api-catalog";
import { ErrorBody } from "./errors";

const schema = (type: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(type, { io, unrepresentable: "any", target: "openapi-3.0" });

/** The OpenAPI 3.0 document of the HTTP API, generated from the zod schemas the code validates with. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [key, op] of Object.entries(apiCatalog)) {
    const [method = "GET", path = "/"] = key.split(" ");
    const query = op.query
      ? Object.keys(op.query.shape).map((name) => ({
          name,
          in: "query",
          required: false,
          schema: { type: "string" },
        }))
      : [];
    const parameters = [
      ...[...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
        name,
        in: "path",
        required: true,
        schema: { type: "string" },
      })),
      ...query,
    ];
    paths[path] ??= {};
    paths[path][method.toLowerCase()] = {
      summary: op.summary,
      description: `Access: ${op.access}.`,
      ...(op.access === "public" ? { security: [] } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(op.request
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: schema(op.request, "input") } },
            },
          }
        : {}),
      responses: {
        [op.status]: op.response
          ? {
              description: "Success",
              content: { "application/json": { schema: schema(op.response, "output") } },
            }
          : { description: "Success" },
        default: {
          description: "An error",
          content: { "application/json": { schema: schema(ErrorBody, "output") } },
        },
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "Helios WhatsApp API", version: "1" },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    },
    security: [{ bearer: [] }],
    paths,
  };
}
