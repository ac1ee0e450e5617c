import { CreateLabelBody, Label, LabelList, UpdateLabelBody } from "../labels";
import { defineRoutes } from "./define";

const label = "/api/t/{tenant}/labels/{labelId}";

export const labelRoutes = defineRoutes({
  "labels/list": {
    method: "GET",
    path: "/api/t/{tenant}/labels",
    summary: "The workspace's labels, by name",
    access: "member",
    response: LabelList,
    status: 200,
  },
  "labels/create": {
    method: "POST",
    path: "/api/t/{tenant}/labels",
    summary:
      "Create a label `{name, color}` (409 label_exists for a name in use, whatever its case)",
    access: "manager",
    request: CreateLabelBody,
    response: Label,
    status: 201,
  },
  "labels/update": {
    method: "PATCH",
    path: label,
    summary: "Rename or recolour a label",
    access: "manager",
    request: UpdateLabelBody,
    response: Label,
    status: 200,
  },
  "labels/remove": {
    method: "DELETE",
    path: label,
    summary: "Delete a label (conversations stop showing it)",
    access: "manager",
    status: 204,
  },
});
