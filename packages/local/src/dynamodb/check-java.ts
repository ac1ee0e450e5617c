import { join } from "node:path";
import { DynamoDbLocalError } from "./errors";
import { runCommand } from "./run-command";

export const MINIMUM_JAVA_VERSION = 17;

export interface JavaInfo {
  /** What to spawn: `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from PATH. */
  executable: string;
  majorVersion: number;
  versionLine: string;
}

const installHelp = [
  `Install Java ${MINIMUM_JAVA_VERSION} or newer, then run this again:`,
  "  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless",
  '  macOS:         brew install openjdk@17 && export JAVA_HOME="$(brew --prefix openjdk@17)"',
  "  Anything else: install a Java 17+ runtime and put `java` on PATH, or set JAVA_HOME to its folder.",
].join("\n");

export function javaExecutable(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? join(javaHome, "bin", "java") : "java";
}

/** "1.8.0_422" is Java 8 (old scheme); "17.0.15" and "21" are 17 and 21. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

const checked = new Map<string, Promise<JavaInfo>>();

/**
 * DynamoDB Local is a Java program. This fails early with install instructions instead of letting a
 * spawn fail later with a bare ENOENT. A successful check is remembered: the JVM does not change.
 */
export function checkJava(): Promise<JavaInfo> {
  const executable = javaExecutable();
  let result = checked.get(executable);
  if (!result) {
    result = readJavaVersion(executable);
    checked.set(executable, result);
    result.catch(() => checked.delete(executable));
  }
  return result;
}

async function readJavaVersion(executable: string): Promise<JavaInfo> {
  let output: string;
  try {
    // `java -version` writes to stderr, on success as well.
    const { stdout, stderr } = await runCommand(executable, ["-version"], { timeoutMs: 30_000 });
    output = `${stderr}\n${stdout}`;
  } catch (error) {
    const details = describeFailure(error);
    throw new DynamoDbLocalError(
      "java_missing",
      `DynamoDB Local needs Java, and \`${executable} -version\` failed (${details}).\n${installHelp}`,
      { cause: error },
    );
  }
  const majorVersion = parseJavaMajorVersion(output);
  const versionLine = output.trim().split("\n")[0] ?? "";
  if (majorVersion === undefined) {
    throw new DynamoDbLocalError(
      "java_missing",
      `Could not read the Java version from \`${executable} -version\` ("${versionLine}").\n${installHelp}`,
    );
  }
  if (majorVersion < MINIMUM_JAVA_VERSION) {
    throw new DynamoDbLocalError(
      "java_too_old",
      `DynamoDB Local needs Java ${MINIMUM_JAVA_VERSION}+, but \`${executable}\` is Java ${majorVersion} ("${versionLine}").\n${installHelp}`,
    );
  }
  return { executable, majorVersion, versionLine };
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && "code" in error && error.code === "ENOENT") return "not found";
  if (error instanceof Error && "stderr" in error && typeof error.stderr === "string") {
    const firstLine = error.stderr.trim().split("\n")[0];
    if (firstLine) return firstLine;
  }
  return error instanceof Error ? error.message : String(error);
}
