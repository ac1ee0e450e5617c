import { CreateNumberBody, UpdateNumberBody, WhatsAppNumber, WhatsAppNumberList } from "../numbers";
import { ListTemplatesQuery, TemplateList } from "../templates";
import { defineRoutes } from "./define";

export const numberRoutes = defineRoutes({
  "numbers/list": {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/numbers",
    summary: "List WhatsApp numbers",
    access: "member",
    response: WhatsAppNumberList,
    status: 200,
  },
  "numbers/create": {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/numbers",
    summary: "Connect a WhatsApp number (Twilio or Meta)",
    access: "manager",
    request: CreateNumberBody,
    response: WhatsAppNumber,
    status: 201,
  },
  "numbers/update": {
    method: "PATCH",
    path: "/api/t/{tenant}/whatsapp/numbers/{numberId}",
    summary: "Edit a WhatsApp number",
    access: "manager",
    request: UpdateNumberBody,
    response: WhatsAppNumber,
    status: 200,
  },
  "numbers/templates": {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/numbers/{numberId}/templates",
    summary:
      "The number's WhatsApp templates (Twilio Content API / Meta message templates) with their approval status; only approved ones can be sent; `?refresh=true` skips the short cache; 409 business_account_required for a Meta number without its business account id",
    access: "member",
    query: ListTemplatesQuery,
    response: TemplateList,
    status: 200,
  },
  "numbers/remove": {
    method: "DELETE",
    path: "/api/t/{tenant}/whatsapp/numbers/{numberId}",
    summary: "Delete a WhatsApp number (its conversations stay)",
    access: "manager",
    status: 204,
  },
});
