/** Keeps the last lines a child process wrote, to quote them when it fails. */
export class OutputTail {
  private text = "";

  constructor(private readonly maxChars = 4_000) {}

  append(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-this.maxChars);
  }

  includes(fragment: string): boolean {
    return this.text.includes(fragment);
  }

  lines(count = 15): string {
    return this.text.trimEnd().split("\n").slice(-count).join("\n");
  }
}
