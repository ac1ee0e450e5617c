import { Notice } from "../components/Notice";
import { useAiStatus } from "./use-ai-status";

/** Said where AI matters when no provider is configured, instead of AI silently not answering. */
export function AiProviderNotice({ className }: { className?: string }) {
  const ai = useAiStatus();
  if (!ai || ai.configured) return null;
  return (
    <Notice tone="warning" className={className} testId="ai-provider-notice">
      AI replies need an AI provider, and none is configured for this deployment (set{" "}
      <code className="font-mono text-xs">OPENAI_API_KEY</code>). Until then conversations are
      answered by your team only, and insights come from the local analyzer.
    </Notice>
  );
}
