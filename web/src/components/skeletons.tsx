import { ListSkeleton, Skeleton, SkeletonBars, SkeletonFrame } from "./Skeleton";

// The outlines each page shows while its first data loads, shaped like what will replace them.

const card = "space-y-3 rounded-lg border border-gray-200 bg-white p-4";
const panel = `${card} shadow-sm`;
const row = "flex items-center gap-4";
const agentGrid = "grid gap-4 sm:grid-cols-2 xl:grid-cols-3";
const numberGrid = "grid gap-4 sm:grid-cols-2 2xl:grid-cols-3";
const conversationPanel = "space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm";
const inset = "flex items-center gap-4 px-4 py-3";
const notificationList =
  "divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white shadow-sm";

export const AgentsSkeleton = () => (
  <ListSkeleton noun="agents" className={agentGrid} rowClassName={card}>
    <SkeletonBars bars={["h-5 w-1/2", "h-4 w-1/3", "h-4 w-full", "h-3 w-2/3"]} />
  </ListSkeleton>
);

export const NumbersSkeleton = () => (
  <ListSkeleton noun="numbers" className={numberGrid} rowClassName={card}>
    <div className="flex justify-between gap-3">
      <SkeletonBars bars={["h-5 w-1/2", "h-5 w-14 rounded-full"]} />
    </div>
    <SkeletonBars bars={["h-3 w-2/3", "h-4 w-1/3", "h-5 w-20"]} />
  </ListSkeleton>
);

export const MembersTableSkeleton = () => (
  <ListSkeleton noun="members" className={panel} rowClassName={row}>
    <SkeletonBars bars={["h-4 w-1/4", "h-4 w-1/3", "h-5 w-16 rounded-full"]} />
  </ListSkeleton>
);

export const ConversationsSkeleton = () => (
  <ListSkeleton noun="conversations" className={conversationPanel} rows={4} rowClassName={row}>
    <div className="w-1/5 space-y-1.5">
      <SkeletonBars bars={["h-4", "h-3 w-2/3"]} />
    </div>
    <SkeletonBars bars={["h-5 w-14 rounded-full", "h-4 flex-1", "h-4 w-16"]} />
  </ListSkeleton>
);

export const NotificationsSkeleton = () => (
  <ListSkeleton noun="notifications" className={notificationList} rows={4} rowClassName={inset}>
    <Skeleton className="size-9 rounded-full" />
    <div className="flex-1 space-y-1.5">
      <SkeletonBars bars={["h-4 w-1/3", "h-3 w-2/3"]} />
    </div>
    <Skeleton className="h-4 w-16" />
  </ListSkeleton>
);

/** The shell's outline while `GET /api/me` loads. */
export const AppShellSkeleton = () => (
  <SkeletonFrame label="Loading your workspace…" testId="app-loading" className="flex min-h-full">
    <div className="hidden w-64 shrink-0 flex-col gap-4 border-r border-gray-200 bg-white p-4 lg:flex">
      <SkeletonBars bars={["h-8 w-28", "h-10"]} />
      <div className="mt-4 space-y-2">
        {["a", "b", "c", "d"].map((key) => (
          <Skeleton key={key} className="h-8" />
        ))}
      </div>
    </div>
    <div className="flex-1 p-6 lg:p-10">
      <SkeletonBars bars={["h-8 w-48", "mt-3 h-4 w-80 max-w-full", "mt-8 h-64"]} />
    </div>
  </SkeletonFrame>
);

export const ChatSkeleton = () => (
  <SkeletonFrame label="Loading the conversation…" testId="chat-loading" className="space-y-4">
    <SkeletonBars bars={["h-7 w-56", "h-4 w-72 max-w-full", "h-8 w-80 max-w-full", "h-96"]} />
  </SkeletonFrame>
);

export const MessagesSkeleton = () => (
  <SkeletonFrame label="Loading messages…" className="flex-1 space-y-3 p-4">
    <SkeletonBars
      bars={[
        "h-10 w-2/5 rounded-2xl",
        "ml-auto h-14 w-1/2 rounded-2xl",
        "h-10 w-1/3 rounded-2xl",
        "ml-auto h-10 w-2/5 rounded-2xl",
      ]}
    />
  </SkeletonFrame>
);
