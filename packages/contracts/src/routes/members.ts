import { RealtimeTicket } from "../accounts";
import { AddMemberBody, ChangeRoleBody, Member, MemberList } from "../members";
import { defineRoutes } from "./define";

export const memberRoutes = defineRoutes({
  "realtime/ticket": {
    method: "POST",
    path: "/api/t/{tenant}/realtime/ticket",
    summary: "A single-use ticket (≤ 60 s) to open the WebSocket: /ws?ticket=…",
    access: "member",
    response: RealtimeTicket,
    status: 200,
  },
  "members/list": {
    method: "GET",
    path: "/api/t/{tenant}/members",
    summary: "List members",
    access: "manager",
    response: MemberList,
    status: 200,
  },
  "members/add": {
    method: "POST",
    path: "/api/t/{tenant}/members",
    summary:
      "Create a brand-new account as a member (409 account_exists for an e-mail that has an account: invite them instead)",
    access: "manager",
    accessNote: "only an owner grants owner",
    request: AddMemberBody,
    response: Member,
    status: 201,
  },
  "members/change-role": {
    method: "PATCH",
    path: "/api/t/{tenant}/members/{userId}",
    summary: "Change a member's role",
    access: "manager",
    request: ChangeRoleBody,
    response: Member,
    status: 200,
  },
  "members/remove": {
    method: "DELETE",
    path: "/api/t/{tenant}/members/{userId}",
    summary: "Remove a member (a workspace keeps an owner)",
    access: "manager",
    status: 204,
  },
});
