// What a bench section is: a titled measurement that prints its own lines.

export interface BenchSection {
  /** Shown as the section's heading. */
  title: string;
  /** Runs the measurement; `print` writes one line of the report. */
  run(print: (line: string) => void): Promise<void>;
  /** Child-process entry: when the bench is started with `--child <name> …`, the section with this name runs it. */
  child?: { name: string; run(args: readonly string[]): Promise<void> };
}
