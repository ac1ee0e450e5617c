import type { Conversation } from "@helios/contracts";
import clsx from "clsx";
import { Sparkles, X } from "lucide-react";
import { useId } from "react";
import { errorMessage } from "../../api/api-error";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { RelativeTime } from "../../components/RelativeTime";
import { SentimentBadge } from "../../conversations/SentimentBadge";
import { useGenerateInsights } from "./use-generate-insights";

interface InsightsPanelProps {
  conversation: Conversation;
  /** Small screens: shown over the chat when open; wide screens: always beside it. */
  open: boolean;
  onClose: () => void;
}

function sourceLabel(source: string): string {
  if (source === "ai") return "the AI model";
  if (source === "local") return "the local analyzer";
  return source;
}

/** "AI Insights": the customer's sentiment and a summary, and a button to (re)generate them. */
export function InsightsPanel({ conversation, open, onClose }: InsightsPanelProps) {
  const headingId = useId();
  const { generate, generating, error } = useGenerateInsights(conversation);
  const { insights } = conversation;
  return (
    <aside
      id="insights-panel"
      aria-labelledby={headingId}
      data-testid="insights-panel"
      className={clsx(
        "w-72 shrink-0 space-y-5 overflow-y-auto rounded-lg border border-gray-200 bg-white p-4 xl:w-80",
        open
          ? "max-lg:absolute max-lg:inset-y-0 max-lg:right-0 max-lg:z-20 max-lg:max-w-[calc(100%-1rem)] max-lg:shadow-xl"
          : "max-lg:hidden",
      )}
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="flex items-center gap-2 font-semibold text-gray-900">
          <Sparkles className="size-4 text-violet-600" aria-hidden />
          AI Insights
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Hide insights"
          className="rounded-md p-1 text-gray-500 hover:bg-gray-100 lg:hidden"
        >
          <X className="size-5" aria-hidden />
        </button>
      </div>
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
    </aside>
  );
}
