// Captures the hub's JSON log lines (pino writes to this stream instead of stdout), so a test can check
// what the server would have printed.
import { Writable } from 'node:stream';

export class LogCapture extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }

  text(): string {
    return this.lines.join('\n');
  }

  /** Every given secret that appears in clear anywhere in the captured output. */
  leaks(secrets: Iterable<string>): string[] {
    const text = this.text();
    return [...new Set(secrets)].filter((secret) => secret && text.includes(secret));
  }
}
