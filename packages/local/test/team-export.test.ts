import { beforeAll, describe, expect, it } from "vitest";
import { api, newMember, newTenant, type TestTenant } from "./support/api";
import { randomAddress } from "./support/providers";
import {
  conversationPath,
  createLabel,
  patchConversation,
  teamWorkspace,
} from "./support/team-inbox";
import { newMessageSid } from "./support/twilio-webhooks";

const HEADER =
  "id,number,customer name,phone,username,status,assignee,labels,escalated,unread,last message at,last message,created at";

const exportOf = (tenant: TestTenant, query = "") =>
  api(`${conversationPath(tenant)}/export.csv${query}`, { token: tenant.token });

/** The CSV's records (CRLF-separated; the test's cells hold no line breaks). */
const records = (csv: string) => csv.split("\r\n").filter(Boolean);

describe("CSV export of the filtered list (owners and admins)", () => {
  let team: Awaited<ReturnType<typeof teamWorkspace>>;
  let tricky: string;
  let plain: string;
  let plainPhone: string;
  beforeAll(async () => {
    team = await teamWorkspace();
    plainPhone = randomAddress();
    plain = await team.customerWrites(plainPhone, "Where is my order?");
    tricky = await team.customerWrites(randomAddress(), '=1+1, "quoted"', newMessageSid(), {
      ProfileName: '@Boss, "The" Customer',
    });
    const vip = await createLabel(team.owner, "VIP");
    const billing = await createLabel(team.owner, "Billing, EU");
    await patchConversation(team.owner, tricky, {
      assigneeUserId: team.agent.userId,
      labels: [vip, billing],
    });
  });

  it("answers CSV as an attachment, one header row, newest activity first, quoted and defused", async () => {
    const res = await exportOf(team.owner);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      new RegExp(
        `^attachment; filename="conversations-${team.owner.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`,
      ),
    );
    const [header, first, second, ...rest] = records(res.body);
    expect(header).toBe(HEADER);
    expect(rest).toEqual([]);
    const { body: c } = await api(conversationPath(team.owner, tricky), {
      token: team.owner.token,
    });
    expect(first).toBe(
      [
        tricky,
        `Support (${team.address.replace("whatsapp:", "")})`,
        `"'@Boss, ""The"" Customer"`,
        `'${c.customer.phone}`,
        "",
        "open",
        "The agent",
        `"VIP; Billing, EU"`,
        "false",
        "1",
        c.lastMessage.at,
        `"'=1+1, ""quoted"""`,
        c.createdAt,
      ].join(","),
    );
    expect(second?.startsWith(`${plain},`)).toBe(true);
    expect(second).toContain(`'${plainPhone.replace("whatsapp:", "")}`);
  });

  it("applies the list's filters", async () => {
    const mine = await exportOf(team.owner, `?assignee=${team.agent.userId}`);
    expect(records(mine.body).map((line) => line.split(",")[0])).toEqual(["id", tricky]);
    const none = await exportOf(team.owner, "?assignee=none&status=open");
    expect(records(none.body).map((line) => line.split(",")[0])).toEqual(["id", plain]);
    const closed = await exportOf(team.owner, "?status=closed");
    expect(records(closed.body)).toEqual([HEADER]);
    const bad = await exportOf(team.owner, "?unread=maybe");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "validation_failed" } });
  });

  it("agents are refused; admins may; another workspace sees only its own", async () => {
    const agentTry = await exportOf(team.agent);
    expect(agentTry.status).toBe(403);
    expect(agentTry.body.error.code).toBe("role_forbidden");
    const admin = await newMember(team.owner, "admin");
    expect((await exportOf(admin)).status).toBe(200);
    const stranger = await newTenant();
    const theirs = await exportOf(stranger);
    expect(theirs.status).toBe(200);
    expect(records(theirs.body)).toEqual([HEADER]);
    // The export path is not taken for a conversation id.
    const one = await api(conversationPath(team.owner, "export.csv"), { token: team.owner.token });
    expect(one.headers.get("content-type")).toContain("text/csv");
  });
});
