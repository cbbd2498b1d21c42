import { readFileSync } from 'node:fs';

/** What the benchmark reads of the upload server from /proc: memory and CPU time. */

export type Rss = { rss: number; hwm: number };

/** VmRSS and VmHWM (peak RSS over the process's life) of a process, in bytes; null once it is gone. */
export function readRss(pid: number): Rss | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') * 1024, hwm: kib('VmHWM') * 1024 };
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ): 100 on every Linux the benchmark runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system, every thread: crypto on the main thread, writes and fsync in libuv's pool)
 * a process has used so far; null once it is gone. Less sensitive to busy neighbours than wall time.
 */
export function readCpuSeconds(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : null;
}
