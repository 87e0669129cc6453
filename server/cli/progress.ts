/**
 * Progress of a long command: on a terminal one line redrawn (done/total, rate, time left) at most
 * every 200 ms; elsewhere (a log, CI) nothing until `finish`, which prints one summary line.
 */
export interface Progress {
  /** Adds `n` done units. */
  advance(n: number): void;
  /** Prints the summary line (and ends the redrawn line on a terminal). */
  finish(extra?: string): void;
}

export interface ProgressOptions {
  /** What is being done ("sent", "rebuilt"); printed first. */
  label: string;
  /** Total units, if known. */
  total?: number;
  /** Unit name, plural ("events"). */
  unit: string;
  stream?: NodeJS.WriteStream;
  now?: () => number;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const duration = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

export function startProgress({ label, total, unit, stream = process.stderr, now = Date.now }: ProgressOptions): Progress {
  const started = now();
  let done = 0;
  let drawn = 0;
  const line = () => {
    const elapsed = now() - started;
    const rate = elapsed > 0 ? (done * 1000) / elapsed : 0;
    const of = total === undefined ? '' : ` / ${count(total)} (${((100 * done) / Math.max(1, total)).toFixed(1)}%)`;
    const left = total !== undefined && rate > 0 && done < total ? `, ${duration(((total - done) / rate) * 1000)} left` : '';
    return `${label} ${count(done)}${of} ${unit}, ${count(rate)} ${unit}/s${left}`;
  };
  return {
    advance(n) {
      done += n;
      if (!stream.isTTY || now() - drawn < 200) return;
      drawn = now();
      stream.write(`\r\x1b[2K${line()}`);
    },
    finish(extra) {
      const summary = `${label} ${count(done)} ${unit} in ${duration(now() - started)} (${count(done / Math.max(0.001, (now() - started) / 1000))} ${unit}/s)${extra ? `; ${extra}` : ''}`;
      stream.write(stream.isTTY ? `\r\x1b[2K${summary}\n` : `${summary}\n`);
    },
  };
}
