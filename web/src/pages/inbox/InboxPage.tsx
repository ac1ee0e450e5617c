import clsx from "clsx";
import { MessageSquarePlus } from "lucide-react";
import { useState } from "react";
import { Link, Outlet, useParams } from "react-router";
import { tenantPath } from "../../app/nav-items";
import { useCurrentTenant } from "../../app/tenant-context";
import { Button } from "../../components/Button";
import { NotificationsLink } from "../../notifications/NotificationsLink";
import { NewConversationDialog } from "../../templates/NewConversationDialog";
import { useNumbers } from "../whatsapp/use-numbers";
import { WhatsAppHeader } from "../whatsapp/WhatsAppHeader";
import { AvailabilitySwitch } from "./AvailabilitySwitch";
import { ExportButton } from "./ExportButton";
import { InboxList } from "./InboxList";

/** No number yet: the inbox says where conversations come from. */
function NoNumbersNotice() {
  const { tenant, canManage } = useCurrentTenant();
  return (
    <p
      className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
      data-testid="no-numbers"
    >
      No WhatsApp number is connected yet.{" "}
      {canManage ? (
        <Link to={tenantPath(tenant.slug, "whatsapp/numbers")} className="font-medium underline">
          Connect one in Numbers
        </Link>
      ) : (
        "Owners and admins connect numbers."
      )}
    </p>
  );
}

/**
 * `/app/:tenant/whatsapp` and `/whatsapp/:conversationId`: the team inbox. Wide screens show the
 * list beside the open chat; phones show one at a time (the chat's back link returns to the list).
 */
export function InboxPage() {
  const { conversationId } = useParams();
  const chatOpen = conversationId !== undefined;
  const numbers = useNumbers();
  const [starting, setStarting] = useState(false);
  const hasNumbers = (numbers.data?.items.length ?? 0) > 0;

  return (
    <div className="flex flex-col lg:min-h-0 lg:flex-1" data-testid="inbox">
      <div className={clsx(chatOpen && "max-lg:hidden")}>
        <WhatsAppHeader
          current="inbox"
          documentTitle={!chatOpen}
          actions={
            <>
              <AvailabilitySwitch />
              <NotificationsLink />
              {hasNumbers && (
                <Button
                  variant="secondary"
                  onClick={() => setStarting(true)}
                  icon={<MessageSquarePlus className="size-4" aria-hidden />}
                  data-testid="new-conversation"
                >
                  New conversation
                </Button>
              )}
              <ExportButton />
            </>
          }
        />
        {numbers.isSuccess && !hasNumbers && <NoNumbersNotice />}
      </div>
      <div className="flex min-h-0 flex-1 gap-4">
        <div
          className={clsx(
            "flex min-h-0 w-full flex-col lg:w-[22.5rem] lg:shrink-0",
            chatOpen && "max-lg:hidden",
          )}
        >
          <InboxList />
        </div>
        <div
          className={clsx(
            "@container min-w-0 flex-1 lg:[&_[data-testid=chat]]:h-full",
            !chatOpen && "max-lg:hidden",
          )}
        >
          <Outlet />
        </div>
      </div>
      {starting && <NewConversationDialog onClose={() => setStarting(false)} />}
    </div>
  );
}
