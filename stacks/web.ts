/**
 * The React SPA (web/), built with the API and WebSocket URLs and served from S3 + CloudFront.
 */
import { type StackContext, StaticSite, use } from "sst/constructs";
import { Api } from "./api";
import { Realtime } from "./realtime";

export function Web({ stack }: StackContext) {
  const { api } = use(Api);
  const { ws } = use(Realtime);

  const site = new StaticSite(stack, "Site", {
    path: "web",
    buildCommand: "npm run build",
    buildOutput: "dist",
    // Unknown paths serve index.html (client-side routing).
    errorPage: "redirect_to_index_page",
    environment: {
      VITE_API_URL: api.customDomainUrl ?? api.url,
      VITE_WS_URL: ws.customDomainUrl ?? ws.url,
    },
    // SST writes an ImportMetaEnv declaration for these; web/src declares its own, so keep SST's
    // copy under .sst/ (relative to `path`) instead of web/src/sst-env.d.ts.
    vite: { types: "../.sst/types/web-env.d.ts" },
  });

  stack.addOutputs({ SiteUrl: site.customDomainUrl ?? site.url });
  return { site };
}
