import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { api } from "./support/api";
import { API_TEST_TABLE } from "./support/local-cloud-process";
import { randomAddress } from "./support/providers";
import { tenantIdOf, testTable } from "./support/table";
import {
  conversationPath,
  createLabel,
  patchConversation,
  teamWorkspace,
} from "./support/team-inbox";

describe("the list's filters, alone and together, page by page", () => {
  let team: Awaited<ReturnType<typeof teamWorkspace>>;
  /** c1 … c5, written in that order (so listed c5 first). */
  let c: string[];
  let vip: string;

  /** Every id the filtered list gives, following its cursor, and the pages' sizes. */
  async function listAll(query: string, as = team.agent) {
    const ids: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const res = await api(`${conversationPath(as)}?${query}${after}`, { token: as.token });
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(200);
      ids.push(...res.body.items.map((item: { id: string }) => item.id));
      sizes.push(res.body.items.length);
      cursor = res.body.nextCursor;
    } while (cursor);
    return { ids, sizes };
  }
  const ids = async (query: string) => (await listAll(query)).ids;

  beforeAll(async () => {
    team = await teamWorkspace();
    const { owner, agent } = team;
    c = [];
    for (let i = 1; i <= 5; i++) c.push(await team.customerWrites(randomAddress(), `Message ${i}`));
    vip = await createLabel(owner, "VIP");
    await patchConversation(owner, c[0] as string, { assigneeUserId: agent.userId, labels: [vip] });
    await patchConversation(owner, c[1] as string, { assigneeUserId: owner.userId });
    await api(`${conversationPath(owner, c[1])}/read`, { method: "POST", token: owner.token });
    await patchConversation(owner, c[2] as string, { labels: [vip] });
    // An escalation is the AI's doing; here it is set on the stored conversation.
    await testTable().send(
      new UpdateCommand({
        TableName: API_TEST_TABLE,
        Key: { pk: `TENANT#${await tenantIdOf(owner)}`, sk: `CONV#${c[2]}` },
        UpdateExpression: "SET escalated = :yes",
        ExpressionAttributeValues: { ":yes": true },
      }),
    );
    await patchConversation(agent, c[3] as string, {
      assigneeUserId: agent.userId,
      status: "closed",
    });
  });

  it("assignee: me, none, or a member", async () => {
    const [c1, c2, c3, c4, c5] = c as [string, string, string, string, string];
    expect(await ids("assignee=me")).toEqual([c4, c1]);
    expect(await ids("assignee=me&status=open")).toEqual([c1]);
    expect(await ids("assignee=me&status=closed")).toEqual([c4]);
    expect(await ids("assignee=none")).toEqual([c5, c3]);
    expect(await ids(`assignee=${team.owner.userId}`)).toEqual([c2]);
    expect(await ids(`assignee=${team.agent.userId}`)).toEqual([c4, c1]);
    // "me" is whoever asks.
    expect((await listAll("assignee=me", team.owner)).ids).toEqual([c2]);
  });

  it("label, escalated, unread, number, and their combinations", async () => {
    const [c1, c2, c3, c4, c5] = c as [string, string, string, string, string];
    expect(await ids(`label=${vip}`)).toEqual([c3, c1]);
    expect(await ids(`label=${vip}&assignee=none`)).toEqual([c3]);
    expect(await ids("escalated=true")).toEqual([c3]);
    expect(await ids("escalated=false")).toEqual([c5, c4, c2, c1]);
    expect(await ids("unread=false")).toEqual([c2]);
    expect(await ids("unread=true&assignee=none&escalated=false")).toEqual([c5]);
    expect(await ids(`numberId=${team.numberId}&status=open&unread=true`)).toEqual([c5, c3, c1]);
    expect(await ids("numberId=no-such-number")).toEqual([]);
    expect(await ids("label=no-such-label")).toEqual([]);
  });

  it("pages hold at most `limit` matches and the cursor goes on after the last one", async () => {
    const [c1, , c3, , c5] = c as [string, string, string, string, string];
    const unassigned = await listAll("assignee=none&limit=1");
    expect(unassigned.ids).toEqual([c5, c3]);
    expect(Math.max(...unassigned.sizes)).toBe(1);
    const labelled = await listAll(`label=${vip}&limit=1`);
    expect(labelled.ids).toEqual([c3, c1]);
    // Without filters, pages as before.
    const all = await listAll("limit=2");
    expect(all.ids).toHaveLength(5);
    expect(all.sizes.slice(0, 2)).toEqual([2, 2]);
  });

  it("a bad filter is a 400 that names it", async () => {
    for (const [query, field] of [
      ["escalated=yes", "escalated"],
      ["unread=1", "unread"],
      ["assignee=", "assignee"],
      ["status=pending", "status"],
      [`label=${"x".repeat(65)}`, "label"],
    ] as const) {
      const res = await api(`${conversationPath(team.agent)}?${query}`, {
        token: team.agent.token,
      });
      expect(res.status, query).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {}), query).toContain(field);
    }
  });
});
