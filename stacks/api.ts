/**
 * The HTTP API: every `httpRoutes` entry of the manifest, each its own function with the grants of
 * its kind (HTTP or webhook).
 */
import { Api as HttpApi, type StackContext, use } from "sst/constructs";
import { addGrant, functionProps } from "./defaults";
import { emailGrant, emailSenders } from "./email";
import { functionKind, httpRouteHandlers } from "./manifest";
import { Queues } from "./queues";
import { Realtime } from "./realtime";
import { aiSettings, Secrets } from "./secrets";

/**
 * HTTP functions that need the AI settings: describing the provider (the default model and the
 * models agents may use), checking an agent's model, and queueing automatic insights (after N
 * customer messages, on close).
 */
const withAiSettings: Record<string, true> = {
  "functions/http/auth/me.handler": true,
  "functions/http/agents/create.handler": true,
  "functions/http/agents/update.handler": true,
  "functions/http/conversations/update.handler": true,
  "functions/webhooks/twilio-message.handler": true,
  "functions/webhooks/meta-message.handler": true,
};

import { Storage } from "./storage";

export function Api({ stack }: StackContext) {
  const { tableAccess } = use(Storage);
  const { secretsFor } = use(Secrets);
  const { publisher } = use(Realtime);
  const { producer } = use(Queues);

  const api = new HttpApi(stack, "Api", {
    routes: Object.fromEntries(
      Object.entries(httpRouteHandlers()).map(([routeKey, handler]) => [
        routeKey,
        {
          function: functionProps(
            handler,
            tableAccess,
            publisher,
            producer,
            secretsFor(functionKind(handler), handler),
            ...(handler in withAiSettings ? [aiSettings()] : []),
            ...(emailSenders.has(handler) ? [emailGrant(stack)] : []),
          ),
        },
      ]),
    ),
  });

  // Webhook URLs shown to users, and the URL provider signatures are computed over.
  const publicUrl = api.customDomainUrl ?? api.url;
  for (const routeKey of api.routes) {
    const fn = api.getFunction(routeKey);
    if (fn) addGrant(fn, { environment: { PUBLIC_URL: publicUrl } });
  }

  stack.addOutputs({ ApiUrl: publicUrl });
  return { api };
}
