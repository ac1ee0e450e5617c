import type { AddMemberBody, Member, MemberList, Role } from "@helios/contracts";
import { api } from "./client";

function membersPath(tenant: string, userId?: string): string {
  const base = `/t/${encodeURIComponent(tenant)}/members`;
  return userId ? `${base}/${encodeURIComponent(userId)}` : base;
}

export function listMembers(tenant: string, signal?: AbortSignal): Promise<MemberList> {
  return api<MemberList>(membersPath(tenant), { signal });
}

export function addMember(tenant: string, body: AddMemberBody): Promise<Member> {
  return api<Member>(membersPath(tenant), { method: "POST", body });
}

export function changeMemberRole(tenant: string, userId: string, role: Role): Promise<Member> {
  return api<Member>(membersPath(tenant, userId), { method: "PATCH", body: { role } });
}

export function removeMember(tenant: string, userId: string): Promise<void> {
  return api<void>(membersPath(tenant, userId), { method: "DELETE" });
}
