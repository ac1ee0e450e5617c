import {
  CannedResponse,
  CannedResponseList,
  CreateCannedResponseBody,
  UpdateCannedResponseBody,
} from "../canned-responses";
import { defineRoutes } from "./define";

const canned = "/api/t/{tenant}/canned-responses/{cannedResponseId}";

export const cannedResponseRoutes = defineRoutes({
  "canned-responses/list": {
    method: "GET",
    path: "/api/t/{tenant}/canned-responses",
    summary: "The workspace's saved replies, by shortcut",
    access: "member",
    response: CannedResponseList,
    status: 200,
  },
  "canned-responses/create": {
    method: "POST",
    path: "/api/t/{tenant}/canned-responses",
    summary:
      "Save a reply `{shortcut, text}`; `{{customer.name}}` in the text is filled in when used (409 shortcut_taken)",
    access: "manager",
    request: CreateCannedResponseBody,
    response: CannedResponse,
    status: 201,
  },
  "canned-responses/update": {
    method: "PATCH",
    path: canned,
    summary: "Change a saved reply",
    access: "manager",
    request: UpdateCannedResponseBody,
    response: CannedResponse,
    status: 200,
  },
  "canned-responses/remove": {
    method: "DELETE",
    path: canned,
    summary: "Delete a saved reply",
    access: "manager",
    status: 204,
  },
});
