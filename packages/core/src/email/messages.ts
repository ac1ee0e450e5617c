import { webLinks } from "@helios/contracts";
import { env, requireEnv } from "../config";
import type { Email } from "./send";

/** The web app's public base: APP_URL, else the API's PUBLIC_URL (the local cloud serves both). */
export const appUrl = () => (env("APP_URL") ?? requireEnv("PUBLIC_URL")).replace(/\/+$/, "");

export const linkTo = {
  verifyEmail: (token: string) => `${appUrl()}${webLinks.verifyEmail(token)}`,
  resetPassword: (token: string) => `${appUrl()}${webLinks.resetPassword(token)}`,
  invitation: (token: string) => `${appUrl()}${webLinks.invitation(token)}`,
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function compose(
  to: string,
  subject: string,
  paragraphs: string[],
  action: { label: string; url: string },
  footer: string,
): Email {
  const text = [...paragraphs, `${action.label}: ${action.url}`, footer].join("\n\n");
  const html = [
    '<div style="font-family:system-ui,sans-serif;max-width:560px;line-height:1.5">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 16px;background:#0f766e;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>`,
    `<p style="color:#555;font-size:13px">${escapeHtml(footer)}</p>`,
    "</div>",
  ].join("\n");
  return { to, subject, text, html };
}

export const verificationEmail = (to: string, name: string, url: string) =>
  compose(
    to,
    "Confirm your e-mail address for Helios",
    [
      `Hello ${name},`,
      "Someone created a Helios account with this e-mail address. If it was you, confirm the address with the link below (valid for 24 hours).",
    ],
    { label: "Confirm my e-mail address", url },
    "If you did not create this account, do not open the link: without it the account never owns your address.",
  );

export const passwordResetEmail = (to: string, url: string) =>
  compose(
    to,
    "Reset your Helios password",
    [
      "Someone asked to reset the password of the Helios account with this e-mail address. Choose a new password with the link below (valid for 1 hour); every session signed in with the old password ends.",
    ],
    { label: "Choose a new password", url },
    "If you did not ask for this, ignore this e-mail: your password stays as it is.",
  );

export const invitationEmail = (
  to: string,
  invite: { inviterName: string; tenantName: string; role: string; url: string; expiresAt: string },
) =>
  compose(
    to,
    `${invite.inviterName} invited you to ${invite.tenantName} on Helios`,
    [
      `${invite.inviterName} invited you to join the workspace ${invite.tenantName} on Helios as ${invite.role === "admin" ? "an admin" : `an ${invite.role}`}.`,
      `Accept with the link below before ${new Date(invite.expiresAt).toUTCString()}.`,
    ],
    { label: `Join ${invite.tenantName}`, url: invite.url },
    "If you did not expect this invitation, ignore this e-mail.",
  );
