import { afterEach, describe, expect, test, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe("the metrics port", () => {
  test("on Lambda: one CloudWatch embedded-metric line per count, with its dimensions", async () => {
    vi.stubEnv("AWS_LAMBDA_FUNCTION_NAME", "test-helios-SendingFunction");
    vi.stubEnv("POWERTOOLS_METRICS_NAMESPACE", "Helios/test");
    vi.stubEnv("POWERTOOLS_SERVICE_NAME", "helios");
    const lines: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const { countMetric } = await import("../src/metrics");
    countMetric("SendsFailed", { code: "63016" });
    countMetric("MessagesOut");
    vi.restoreAllMocks();
    const emf = lines
      .flatMap((chunk) => chunk.split("\n"))
      .filter((line) => line.includes("CloudWatchMetrics"))
      .map((line) => JSON.parse(line));
    expect(emf).toHaveLength(2);
    expect(emf[0]).toMatchObject({ service: "helios", code: "63016", SendsFailed: 1 });
    expect(emf[0]._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: "Helios/test",
      Dimensions: [expect.arrayContaining(["service", "code"])],
      Metrics: [{ Name: "SendsFailed", Unit: "Count" }],
    });
    expect(emf[1]).toMatchObject({ service: "helios", MessagesOut: 1 });
    expect(emf[1].code).toBeUndefined();
  });

  test("elsewhere (the local cloud): nothing printed, the count remembered", async () => {
    vi.stubEnv("AWS_LAMBDA_FUNCTION_NAME", "");
    const write = vi.spyOn(process.stdout, "write");
    const { countMetric, recordedMetrics } = await import("../src/metrics");
    countMetric("Handoffs");
    expect(write).not.toHaveBeenCalled();
    expect(recordedMetrics().at(-1)).toEqual({ name: "Handoffs", dimensions: {} });
  });
});
