import { TeamList, Teammate, UpdateAvailabilityBody } from "../team";
import { defineRoutes } from "./define";

export const teamRoutes = defineRoutes({
  "team/list": {
    method: "GET",
    path: "/api/t/{tenant}/team",
    summary: "The workspace's members as colleagues see them (to assign, to mention): no e-mails",
    access: "member",
    response: TeamList,
    status: 200,
  },
  "team/availability": {
    method: "PUT",
    path: "/api/t/{tenant}/team/me/availability",
    summary: "Mark yourself available (or not) for round-robin assignment",
    access: "member",
    request: UpdateAvailabilityBody,
    response: Teammate,
    status: 200,
  },
});
