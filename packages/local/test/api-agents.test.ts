import { describe, expect, it } from "vitest";
import { api, newMember, newTenant } from "./support/api";
import { connectTwilio, createAgent, randomAddress } from "./support/providers";

describe("AI agents", () => {
  it("creates with defaults, reads, edits and deletes an agent", async () => {
    const owner = await newTenant();
    const created = await api(`/api/t/${owner.slug}/agents`, {
      token: owner.token,
      body: { name: "Sofia" },
    });
    expect(created).toMatchObject({
      status: 201,
      body: {
        id: expect.any(String),
        name: "Sofia",
        instructions: "",
        model: "",
        channels: { whatsapp: true },
        typingIndicator: true,
        escalation: { keywords: [], handoffMessage: expect.any(String) },
      },
    });
    const id = created.body.id;
    const patched = await api(`/api/t/${owner.slug}/agents/${id}`, {
      method: "PATCH",
      token: owner.token,
      body: { instructions: "Answer in Spanish.", escalation: { keywords: ["humano", "persona"] } },
    });
    expect(patched.body).toMatchObject({
      name: "Sofia",
      instructions: "Answer in Spanish.",
      escalation: { keywords: ["humano", "persona"] },
    });
    expect((await api(`/api/t/${owner.slug}/agents/${id}`, { token: owner.token })).body).toEqual(
      patched.body,
    );
    expect(
      (await api(`/api/t/${owner.slug}/agents`, { token: owner.token })).body.items,
    ).toHaveLength(1);
    expect(
      (await api(`/api/t/${owner.slug}/agents/${id}`, { method: "DELETE", token: owner.token }))
        .status,
    ).toBe(204);
    expect(
      (await api(`/api/t/${owner.slug}/agents/${id}`, { token: owner.token })).body.error.code,
    ).toBe("agent_not_found");
  });

  it("validates the agent", async () => {
    const owner = await newTenant();
    const res = await api(`/api/t/${owner.slug}/agents`, {
      token: owner.token,
      body: { name: " ", escalation: { keywords: [""] } },
    });
    expect(res).toMatchObject({
      status: 400,
      body: {
        error: {
          code: "validation_failed",
          fields: { name: expect.any(String), "escalation.keywords.0": expect.any(String) },
        },
      },
    });
  });

  it("takes a model only from the deployment's allow-list (OPENAI_MODELS), and the typing indicator setting", async () => {
    const owner = await newTenant();
    const me = await api("/api/me", { token: owner.token });
    expect(me.body.ai.models).toEqual(["sandbox-model", "gpt-4o", "gpt-4o-mini"]);
    const refused = await api(`/api/t/${owner.slug}/agents`, {
      token: owner.token,
      body: { name: "Leo", model: "gpt-5-ultra" },
    });
    expect(refused).toMatchObject({
      status: 400,
      body: {
        error: {
          code: "validation_failed",
          message: "Choose one of this deployment's models: sandbox-model, gpt-4o, gpt-4o-mini",
          fields: { model: expect.stringContaining("sandbox-model, gpt-4o, gpt-4o-mini") },
        },
      },
    });
    const created = await api(`/api/t/${owner.slug}/agents`, {
      token: owner.token,
      body: { name: "Leo", model: "gpt-4o", typingIndicator: false },
    });
    expect(created).toMatchObject({
      status: 201,
      body: { model: "gpt-4o", typingIndicator: false },
    });
    const id = created.body.id;
    const badEdit = await api(`/api/t/${owner.slug}/agents/${id}`, {
      method: "PATCH",
      token: owner.token,
      body: { model: "anything" },
    });
    expect(badEdit.status).toBe(400);
    const edited = await api(`/api/t/${owner.slug}/agents/${id}`, {
      method: "PATCH",
      token: owner.token,
      body: { model: "", typingIndicator: true },
    });
    expect(edited.body).toMatchObject({ model: "", typingIndicator: true });
    expect((await api(`/api/t/${owner.slug}/agents/${id}`, { token: owner.token })).body).toEqual(
      edited.body,
    );
  });

  it("agents (role) read agents but cannot write them", async () => {
    const owner = await newTenant();
    const existing = await createAgent(owner);
    const member = await newMember(owner, "agent");
    expect((await api(`/api/t/${owner.slug}/agents`, { token: member.token })).status).toBe(200);
    expect(
      (await api(`/api/t/${owner.slug}/agents`, { token: member.token, body: { name: "X" } }))
        .status,
    ).toBe(403);
    expect(
      (
        await api(`/api/t/${owner.slug}/agents/${existing.id}`, {
          method: "PATCH",
          token: member.token,
          body: { name: "Y" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api(`/api/t/${owner.slug}/agents/${existing.id}`, {
          method: "DELETE",
          token: member.token,
        })
      ).status,
    ).toBe(403);
  });

  it("an agent on an active number keeps WhatsApp and cannot be deleted; the 409 names the number", async () => {
    const owner = await newTenant();
    await connectTwilio(owner);
    const agent = await createAgent(owner, { name: "Max" });
    const number = await api(`/api/t/${owner.slug}/whatsapp/numbers`, {
      token: owner.token,
      body: {
        provider: "twilio",
        displayName: "Sales line",
        address: randomAddress(),
        assignedAgentId: agent.id,
        active: true,
      },
    });
    expect(number.status).toBe(201);

    const disable = await api(`/api/t/${owner.slug}/agents/${agent.id}`, {
      method: "PATCH",
      token: owner.token,
      body: { channels: { whatsapp: false } },
    });
    expect(disable).toMatchObject({
      status: 409,
      body: { error: { code: "agent_in_use", message: expect.stringContaining("Sales line") } },
    });
    const remove = await api(`/api/t/${owner.slug}/agents/${agent.id}`, {
      method: "DELETE",
      token: owner.token,
    });
    expect(remove).toMatchObject({ status: 409, body: { error: { code: "agent_in_use" } } });

    await api(`/api/t/${owner.slug}/whatsapp/numbers/${number.body.id}`, {
      method: "PATCH",
      token: owner.token,
      body: { active: false },
    });
    const allowed = await api(`/api/t/${owner.slug}/agents/${agent.id}`, {
      method: "PATCH",
      token: owner.token,
      body: { channels: { whatsapp: false } },
    });
    expect(allowed).toMatchObject({ status: 200, body: { channels: { whatsapp: false } } });
    expect(
      (
        await api(`/api/t/${owner.slug}/agents/${agent.id}`, {
          method: "DELETE",
          token: owner.token,
        })
      ).status,
    ).toBe(204);
    const after = await api(`/api/t/${owner.slug}/whatsapp/numbers`, { token: owner.token });
    expect(after.body.items[0]).toMatchObject({ assignedAgentId: null, active: false });
  });
});
