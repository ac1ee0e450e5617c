import type { InvitationPreview } from "@helios/contracts";
import { isApiError } from "../../api/api-error";
import { useLinkToken } from "../../auth/use-link-token";
import { PageQueryError } from "../../components/ErrorState";
import { FullPageSpinner } from "../../components/FullPageSpinner";
import { roleLabels } from "../../components/RoleBadge";
import { TextLink } from "../../components/TextLink";
import { formatDateTime, formatRelativeTime } from "../../format/relative-time";
import { AuthLayout } from "../AuthLayout";
import { InvalidLink } from "../InvalidLink";
import { InviteAction } from "./InviteAction";
import { useInvitationPreview } from "./use-invitation";

/**
 * `/invite/{token}`: what the invitation offers (no session needed), then the way in that fits —
 * accept as the signed-in invitee, sign in first, or create the account.
 */
export function InvitePage() {
  const token = useLinkToken();
  if (!token) {
    return (
      <InvalidLink title="This invitation link is not complete">
        Open the link from the invitation e-mail again, or ask the person who invited you to send a
        new one.
      </InvalidLink>
    );
  }
  return <Invitation token={token} />;
}

function Invitation({ token }: { token: string }) {
  const preview = useInvitationPreview(token);
  if (preview.isPending) return <FullPageSpinner label="Opening the invitation" />;
  if (preview.isError) {
    if (isApiError(preview.error) && preview.error.status === 404) {
      return (
        <InvalidLink title="This invitation is no longer valid">
          It was already used, revoked, or it expired. Ask the person who invited you to send a new
          invitation.
        </InvalidLink>
      );
    }
    return <PageQueryError title="Could not open the invitation" query={preview} />;
  }
  return (
    <AuthLayout
      title={`Join ${preview.data.tenantName}`}
      subtitle={<InvitationSummary invitation={preview.data} />}
      footer={<TextLink to="/">Not for you? Go to Helios</TextLink>}
    >
      <InviteAction token={token} invitation={preview.data} />
    </AuthLayout>
  );
}

function InvitationSummary({ invitation }: { invitation: InvitationPreview }) {
  return (
    <span data-testid="invitation-summary">
      <span className="font-medium text-gray-900">{invitation.inviterName}</span> invited{" "}
      <span className="font-medium text-gray-900">{invitation.email}</span> to work in{" "}
      {invitation.tenantName} as{" "}
      <span className="font-medium text-gray-900">{roleLabels[invitation.role]}</span>. The
      invitation expires{" "}
      <time dateTime={invitation.expiresAt} title={formatDateTime(invitation.expiresAt)}>
        {formatRelativeTime(invitation.expiresAt)}
      </time>
      .
    </span>
  );
}
