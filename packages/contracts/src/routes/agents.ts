import { Agent, AgentList, CreateAgentBody, UpdateAgentBody } from "../agents";
import { defineRoutes } from "./define";

export const agentRoutes = defineRoutes({
  "agents/list": {
    method: "GET",
    path: "/api/t/{tenant}/agents",
    summary: "List AI agents",
    access: "member",
    response: AgentList,
    status: 200,
  },
  "agents/create": {
    method: "POST",
    path: "/api/t/{tenant}/agents",
    summary: "Create an AI agent",
    access: "manager",
    request: CreateAgentBody,
    response: Agent,
    status: 201,
  },
  "agents/get": {
    method: "GET",
    path: "/api/t/{tenant}/agents/{agentId}",
    summary: "Read an AI agent",
    access: "member",
    response: Agent,
    status: 200,
  },
  "agents/update": {
    method: "PATCH",
    path: "/api/t/{tenant}/agents/{agentId}",
    summary: "Edit an AI agent",
    access: "manager",
    request: UpdateAgentBody,
    response: Agent,
    status: 200,
  },
  "agents/remove": {
    method: "DELETE",
    path: "/api/t/{tenant}/agents/{agentId}",
    summary: "Delete an AI agent no active number uses",
    access: "manager",
    status: 204,
  },
});
