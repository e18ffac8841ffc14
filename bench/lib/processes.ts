/**
 * Child processes of the bench: the built backend and the baseline server. Each runs in a process of its
 * own, so that the load generator in this process never shares an event loop with what it measures, and so
 * that the backend's memory can be read from /proc.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

export interface Child {
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/** Starts `node args…` and resolves once stdout shows `ready`; output goes to `logFile`. */
export async function startChild(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  url: string,
  logFile: string,
): Promise<Child> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile, { flags: 'a' });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${args.join(' ')} did not start within 60 s; see ${logFile}`)),
      60_000,
    );
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4000);
      if (ready.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code} before it was ready; see ${logFile}`));
    });
  });
  return {
    pid: child.pid!,
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat; null off Linux. Per request it is
 * the steadiest figure on a shared machine, where latency and throughput move with everybody else's load.
 */
export function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()!.trim().split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after "(comm)"; clock ticks of 10 ms on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Resident memory of a process in MB, from /proc (Linux); null elsewhere or once it has exited. */
function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+) kB`));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Samples a process's RSS every 50 ms and keeps the peak per phase; the kernel's high-water mark (VmHWM)
 * catches peaks between samples.
 */
export class RssMonitor {
  readonly peaks: Record<string, number> = {};
  private phase = 'start-up';
  private readonly timer: NodeJS.Timeout;
  private highWater = 0;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), 50);
    this.timer.unref();
  }

  mark(phase: string): void {
    this.sample();
    this.phase = phase;
  }

  sample(): void {
    const rss = procStatus(this.pid, 'VmRSS');
    if (rss !== null) this.peaks[this.phase] = Math.max(this.peaks[this.phase] ?? 0, rss);
    const hwm = procStatus(this.pid, 'VmHWM');
    if (hwm !== null) this.highWater = Math.max(this.highWater, hwm);
  }

  /** Call before the process exits: the high-water mark is gone with /proc/<pid>. */
  stop(): { peakMb: number; byPhase: Record<string, number> } {
    this.sample();
    clearInterval(this.timer);
    return { peakMb: Math.max(this.highWater, ...Object.values(this.peaks)), byPhase: { ...this.peaks } };
  }
}
