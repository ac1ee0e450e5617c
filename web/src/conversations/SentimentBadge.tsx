import type { Insights } from "@helios/contracts";
import { Frown, Meh, Smile } from "lucide-react";
import { Badge } from "../components/Badge";

const looks = {
  positive: { label: "Positive", tone: "green", icon: Smile },
  neutral: { label: "Neutral", tone: "gray", icon: Meh },
  negative: { label: "Negative", tone: "red", icon: Frown },
} as const;

/** The customer's mood from the conversation's insights. */
export function SentimentBadge({ sentiment }: { sentiment: Insights["sentiment"] }) {
  const { label, tone, icon: Icon } = looks[sentiment];
  return (
    <Badge tone={tone} testId="sentiment">
      <Icon className="size-3.5" aria-hidden />
      <span className="sr-only">Sentiment: </span>
      {label}
    </Badge>
  );
}
