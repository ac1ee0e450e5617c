import { ErrorBody } from "./errors";
import { type Access, paramNamesOf, routeList } from "./routes";
import * as z from "./zod";

const schema = (type: z.ZodMiniType, io: "input" | "output") =>
  z.toJSONSchema(type, { io, unrepresentable: "any", target: "openapi-3.0" });

/** Who may call, in the document's words. */
const accessWords: Record<Access, string> = {
  public: "public",
  provider: "a signed provider webhook",
  "optional-user": "public",
  "signed-in": "signed in",
  member: "all roles",
  manager: "owner, admin",
};

const needsNoToken = (access: Access) =>
  access === "public" || access === "optional-user" || access === "provider";

/** The OpenAPI 3.0 document of the HTTP API, generated from the route table and its zod schemas. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of routeList) {
    if (op.documented === false) continue;
    const query = op.query
      ? Object.keys(op.query.shape).map((name) => ({
          name,
          in: "query",
          required: false,
          schema: { type: "string" },
        }))
      : [];
    const parameters = [
      ...paramNamesOf(op.path).map((name) => ({
        name,
        in: "path",
        required: true,
        schema: { type: "string" },
      })),
      ...query,
    ];
    const access = accessWords[op.access] + (op.accessNote ? ` (${op.accessNote})` : "");
    const operations = paths[op.path] ?? {};
    paths[op.path] = operations;
    operations[op.method.toLowerCase()] = {
      operationId: op.id,
      summary: op.summary,
      description: `Access: ${access}.`,
      ...(needsNoToken(op.access) ? { security: [] } : {}),
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
