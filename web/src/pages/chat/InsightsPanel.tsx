import type { Conversation } from "@helios/contracts";
import { Sparkles } from "lucide-react";
import { useId } from "react";
import { errorMessage } from "../../api/api-error";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { RelativeTime } from "../../components/RelativeTime";
import { SentimentBadge } from "../../conversations/SentimentBadge";
import { useGenerateInsights } from "./use-generate-insights";

function sourceLabel(source: string): string {
  if (source === "ai") return "the AI model";
  if (source === "local") return "the local analyzer";
  return source;
}

/** "AI Insights": the customer's sentiment and a summary, and a button to (re)generate them. */
export function InsightsPanel({ conversation }: { conversation: Conversation }) {
  const headingId = useId();
  const { generate, generating, error } = useGenerateInsights(conversation);
  const { insights } = conversation;
  return (
    <section
      id="insights-panel"
      aria-labelledby={headingId}
      data-testid="insights-panel"
      className="space-y-5"
    >
      <h2 id={headingId} className="flex items-center gap-2 font-semibold text-gray-900">
        <Sparkles className="size-4 text-violet-600" aria-hidden />
        AI Insights
      </h2>
      <section>
        <h3 className="text-xs font-medium tracking-wide text-gray-500 uppercase">
          Sentiment Analysis
        </h3>
        {insights ? (
          <p className="mt-2 flex items-center gap-2 text-sm text-gray-700">
            <SentimentBadge sentiment={insights.sentiment} />
            <span>Score {insights.score.toFixed(2)}</span>
          </p>
        ) : (
          <p className="mt-2 text-sm text-gray-500">No sentiment yet.</p>
        )}
      </section>
      <section>
        <h3 className="text-xs font-medium tracking-wide text-gray-500 uppercase">
          Conversation Summary
        </h3>
        <p
          className="mt-2 text-sm whitespace-pre-wrap text-gray-700"
          data-testid="insights-summary"
        >
          {insights?.summary || "Generate insights to get a summary of this conversation."}
        </p>
      </section>
      {insights && (
        <p className="text-xs text-gray-500">
          By {sourceLabel(insights.source)}, <RelativeTime date={insights.generatedAt} />
        </p>
      )}
      <div className="space-y-2">
        <Button
          variant="secondary"
          className="w-full"
          pending={generating}
          onClick={generate}
          icon={<Sparkles className="size-4 text-violet-600" aria-hidden />}
        >
          Generate Insights
        </Button>
        <p role="status" className="text-xs text-gray-500">
          {generating ? "Generating… they appear here when ready." : ""}
        </p>
        {error && <Alert>{errorMessage(error)}</Alert>}
      </div>
    </section>
  );
}
