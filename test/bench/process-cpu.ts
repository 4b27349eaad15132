/**
 * CPU time of a Chromium browser's processes, read from /proc (Linux): every process descending from the
 * browser process, grouped by what it is (browser, GPU, network service, storage service, other utility, the
 * extension's process, page renderers). Times come from each thread's schedstat (nanoseconds on CPU), so short
 * windows of a few hundred milliseconds are measured exactly, not in 10 ms ticks.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** What a process of the browser is. */
export type ProcessKind = 'browser' | 'gpu' | 'network' | 'storage' | 'utility' | 'extension' | 'renderer' | 'zygote' | 'other';

/** Per-process CPU time in ms at one moment, keyed by pid, with each process's kind. */
export type CpuSnapshot = Map<number, { kind: ProcessKind; ms: number }>;

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

function kindOf(cmdline: string): ProcessKind {
  const type = /--type=([\w-]+)/.exec(cmdline)?.[1];
  if (!type) return 'browser';
  if (type === 'gpu-process') return 'gpu';
  if (type === 'zygote') return 'zygote';
  if (type === 'renderer') return cmdline.includes('--extension-process') ? 'extension' : 'renderer';
  if (type === 'utility') {
    if (cmdline.includes('network.mojom.NetworkService')) return 'network';
    if (cmdline.includes('storage.mojom.StorageService')) return 'storage';
    return 'utility';
  }
  return 'other';
}

/** The browser process whose command line names `profile` as its user-data-dir. */
export function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = read(`/proc/${entry}/cmdline`)?.split('\0') ?? [];
    if (cmdline.includes(`--user-data-dir=${profile}`) && !cmdline.some((arg) => arg.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process for ${profile}`);
}

/** The CPU time so far of `root` and every process below it. */
export function snapshot(root: number): CpuSnapshot {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    // The second field (comm) may hold spaces: the parent pid is the second field after its closing parenthesis.
    if (stat) parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at)) if (at === root) return true;
    return false;
  };
  const result: CpuSnapshot = new Map();
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    const cmdline = (read(`/proc/${pid}/cmdline`) ?? '').replaceAll('\0', ' ');
    let ns = 0;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) ns += Number((read(`/proc/${pid}/task/${task}/schedstat`) ?? '0').split(' ')[0]);
    result.set(pid, { kind: kindOf(cmdline), ms: ns / 1e6 });
  }
  return result;
}

/** CPU ms per kind of process between two snapshots (a process new since `before` counts from zero; one gone since is lost). */
export function cpuDelta(before: CpuSnapshot, after: CpuSnapshot): Record<ProcessKind, number> {
  const delta: Record<ProcessKind, number> = { browser: 0, gpu: 0, network: 0, storage: 0, utility: 0, extension: 0, renderer: 0, zygote: 0, other: 0 };
  for (const [pid, { kind, ms }] of after) delta[kind] += ms - (before.get(pid)?.ms ?? 0);
  return delta;
}
