// Reads what `git grep -z -n` prints, as it comes: one record a matching line,
// "<name> NUL <line number> NUL <line> LF". A name holds no NUL but may hold anything else (a
// newline, a colon); a line holds no LF but may hold anything else (a NUL, of a binary file searched
// as text). Read in that order, the records are never ambiguous. The lines are kept within bounds
// (their length, their number per file and in all): a file whose lines were not all kept is marked
// so, and whoever needs its content reads the file instead.

/** One line git reported, decoded as UTF-8 as the snapshot decodes a file. */
export interface GrepLine {
  /** 1-based. */
  line: number;
  /** Without its LF; a byte-order mark opening the file is left out, as a decoded file leaves it out. */
  text: string;
}

export interface GrepLineLimits {
  /** Longest line kept, in bytes. */
  maxLineBytes: number;
  /** Most lines kept per file. */
  maxLinesPerFile: number;
  /** Most bytes of lines kept in all. */
  maxTotalBytes: number;
}

const NAME_MAX_BYTES = 64 * 1024;
const NUMBER_MAX_DIGITS = 12;
const NON_ASCII = /[\x80-\xff]/;
/** git writes a few kilobytes at a time: they are read in batches of this size. */
const BATCH_BYTES = 256 * 1024;

/**
 * Takes git grep's output chunk by chunk. `files` maps each name (one latin1 character a byte, as
 * git printed it) to its lines in order, or to null when they were not all kept. `failed` is set
 * when the output is not what `git grep -z -n` prints; nothing read is then to be trusted.
 */
export class GrepLineReader {
  readonly files = new Map<string, GrepLine[] | null>();
  failed = false;
  private readonly limits: GrepLineLimits;
  private readonly decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  /** Chunks not read yet. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The start of a record the last batch ended in. */
  private carry: Buffer | null = null;
  /** Within a line longer than kept (of the record last read): its bytes are dropped up to its end. */
  private skipping = false;
  private name = '';
  private lineNumber = 0;
  private kept = 0;

  constructor(limits: GrepLineLimits) {
    this.limits = limits;
  }

  push(chunk: Buffer): void {
    if (this.failed) return;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= BATCH_BYTES) this.flush();
  }

  /** True when the output ended between two records (a cut answer ends within one). */
  end(): boolean {
    this.flush();
    if (this.carry !== null || this.skipping) this.failed = true;
    return !this.failed;
  }

  private flush(): void {
    if (this.pending.length === 0 || this.failed) return;
    const chunk = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.read(chunk);
  }

  private read(chunk: Buffer): void {
    let pos = 0;
    if (this.skipping) {
      const nl = chunk.indexOf(0x0a);
      if (nl < 0) return;
      this.skipping = false;
      this.keep(null, 0, 0);
      pos = nl + 1;
    }
    // Records are read where they lie; only one cut by the chunk's end is copied, once.
    const buf = this.carry ? Buffer.concat([this.carry, chunk.subarray(pos)]) : chunk;
    if (this.carry) pos = 0;
    this.carry = null;
    while (pos < buf.length) {
      const nameEnd = buf.indexOf(0, pos);
      if (nameEnd < 0) {
        if (buf.length - pos > NAME_MAX_BYTES) this.failed = true;
        break;
      }
      const numberEnd = buf.indexOf(0, nameEnd + 1);
      if (numberEnd < 0) {
        if (buf.length - nameEnd > NUMBER_MAX_DIGITS + 1) this.failed = true;
        break;
      }
      if (nameEnd === pos || nameEnd - pos > NAME_MAX_BYTES || !this.number(buf, nameEnd + 1, numberEnd)) {
        this.failed = true;
        return;
      }
      const lineEnd = buf.indexOf(0x0a, numberEnd + 1);
      if (lineEnd < 0 && buf.length - numberEnd - 1 <= this.limits.maxLineBytes) break;
      this.name = buf.toString('latin1', pos, nameEnd);
      if (lineEnd < 0) {
        this.skipping = true;
        return;
      }
      this.keep(lineEnd - numberEnd - 1 > this.limits.maxLineBytes ? null : buf, numberEnd + 1, lineEnd);
      pos = lineEnd + 1;
    }
    if (!this.failed && pos < buf.length) this.carry = Buffer.from(buf.subarray(pos));
  }

  /** Reads a line number (decimal, no leading zero) into lineNumber; false when it is not one. */
  private number(buf: Buffer, from: number, to: number): boolean {
    if (to === from || to - from > NUMBER_MAX_DIGITS || buf[from] === 0x30) return false;
    let n = 0;
    for (let i = from; i < to; i++) {
      const d = buf[i] - 0x30;
      if (d < 0 || d > 9) return false;
      n = n * 10 + d;
    }
    this.lineNumber = n;
    return true;
  }

  /** Keeps the line buf[from, to) of the record read, or marks its file unkept (buf null). */
  private keep(buf: Buffer | null, from: number, to: number): void {
    const lines = this.files.get(this.name);
    if (lines === null) return;
    const last = lines ? lines[lines.length - 1].line : 0;
    // Lines of a file come together and in order; anything else and the file is read whole.
    if (buf === null || this.lineNumber <= last || (lines?.length ?? 0) >= this.limits.maxLinesPerFile || this.kept + (to - from) > this.limits.maxTotalBytes) {
      this.files.set(this.name, null);
      return;
    }
    this.kept += to - from;
    // A byte-order mark opening the file is not text (a decoded file leaves it out).
    if (this.lineNumber === 1 && to - from >= 3 && buf[from] === 0xef && buf[from + 1] === 0xbb && buf[from + 2] === 0xbf) from += 3;
    let text = buf.toString('latin1', from, to);
    if (NON_ASCII.test(text)) text = this.decoder.decode(buf.subarray(from, to));
    const line: GrepLine = { line: this.lineNumber, text };
    if (lines) lines.push(line);
    else this.files.set(this.name, [line]);
  }
}
