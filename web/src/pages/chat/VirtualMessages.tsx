import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ChatRow } from "./chat-rows";
import { DaySeparator } from "./DaySeparator";
import { HistoryEdge, type HistoryState, historyEdgeHeight } from "./HistoryEdge";
import { MessageBubble } from "./MessageBubble";
import { NewMessagesButton } from "./NewMessagesButton";
import { SystemLine } from "./SystemLine";
import type { MessageSender } from "./use-send-message";

interface VirtualMessagesProps {
  rows: readonly ChatRow[];
  firstDay: string | null;
  history: HistoryState;
  onLoadOlder: () => void;
  sender: MessageSender;
}

/** How close to an edge counts as "at" it (px). */
const endSlack = 80;
const topSlack = 400;

/**
 * The chat's rows, virtualized (only those near the viewport are in the DOM). Anchored to the
 * end: it opens on the newest message, older pages load near the top without moving what is
 * read, and new messages are followed only when the reader is at the bottom.
 */
export function VirtualMessages(props: VirtualMessagesProps) {
  const { rows, firstDay, history, onLoadOlder, sender } = props;
  const scrollRef = useRef<HTMLElement>(null);
  const atEnd = useRef(true);
  const [ready, setReady] = useState(false);
  const [unseen, setUnseen] = useState(false);
  const [announcement, setAnnouncement] = useState("");

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.nextDay ? 104 : 64),
    getItemKey: (index) => rows[index]?.key ?? index,
    anchorTo: "end",
    followOnAppend: true,
    scrollEndThreshold: endSlack,
    overscan: 8,
    paddingStart: historyEdgeHeight,
    paddingEnd: 12,
  });

  useLayoutEffect(() => {
    if (ready || rows.length === 0) return;
    virtualizer.scrollToEnd();
    setReady(true);
  }, [ready, rows.length, virtualizer]);

  const canLoadOlder = history === "more";
  const loadOlderIfNearTop = () => {
    const element = scrollRef.current;
    if (ready && canLoadOlder && element && element.scrollTop < topSlack) onLoadOlder();
  };

  // Something was added at the end: follow our own sends; otherwise offer "New messages".
  const last = rows.at(-1);
  const previous = useRef({ key: last?.key, count: rows.length });
  useEffect(() => {
    const before = previous.current;
    previous.current = { key: last?.key, count: rows.length };
    if (!ready || !last || last.key === before.key) return;
    if (rows.length <= before.count) return;
    if (last.message.local === "sending") {
      virtualizer.scrollToEnd();
      return;
    }
    if (last.message.direction === "inbound") {
      setAnnouncement(`New message: ${last.message.text || "media"}`);
    }
    if (!atEnd.current) setUnseen(true);
  });

  // A chat too short to scroll keeps loading until it can. (Not "near the top" here: after a
  // prepend the virtualizer restores the position a frame later, so that would load again.)
  useEffect(() => {
    const element = scrollRef.current;
    if (!ready || !canLoadOlder || !element) return;
    if (element.scrollHeight <= element.clientHeight + topSlack) onLoadOlder();
  });

  const onScroll = () => {
    const element = scrollRef.current;
    if (!element) return;
    const end = element.scrollHeight - element.scrollTop - element.clientHeight <= endSlack;
    atEnd.current = end;
    if (end) setUnseen(false);
    loadOlderIfNearTop();
  };

  return (
    <div className="relative min-h-0 flex-1">
      <section
        ref={scrollRef}
        aria-label="Conversation history"
        data-testid="message-list"
        onScroll={onScroll}
        className="h-full overflow-y-auto overscroll-contain focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-emerald-600"
      >
        <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          <HistoryEdge state={history} firstDay={firstDay} onLoadOlder={onLoadOlder} />
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="absolute top-0 left-0 w-full"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.message.kind === "system" ? (
                  <SystemLine message={row.message} />
                ) : (
                  <MessageBubble
                    message={row.message}
                    continues={row.continues ?? false}
                    onRetry={sender.retry}
                    onDiscard={sender.discard}
                  />
                )}
                {row.nextDay && <DaySeparator label={row.nextDay} />}
              </div>
            );
          })}
        </div>
      </section>
      {unseen && (
        <NewMessagesButton
          onClick={() => {
            virtualizer.scrollToEnd();
            setUnseen(false);
          }}
        />
      )}
      <p className="sr-only" role="status">
        {announcement}
      </p>
    </div>
  );
}
