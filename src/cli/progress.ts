/** A one-line progress bar on a terminal; plain periodic lines otherwise (CI logs stay readable). */
export class Progress {
  private done = 0;
  private lastLine = 0;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(label: string): void {
    this.done += 1;
    const pct = this.total === 0 ? 100 : Math.round((100 * this.done) / this.total);
    if (this.out.isTTY) {
      const width = 30;
      const filled = Math.round((width * pct) / 100);
      this.out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${label.slice(-40).padEnd(40)}`);
      if (this.done === this.total) this.out.write('\n');
    } else if (this.done === this.total || Date.now() - this.lastLine > 2000) {
      this.lastLine = Date.now();
      this.out.write(`${this.done}/${this.total} (${pct}%)\n`);
    }
  }

  /** Prints a line above the bar. */
  note(line: string): void {
    this.out.write(this.out.isTTY ? `\r\x1b[K${line}\n` : `${line}\n`);
  }
}
