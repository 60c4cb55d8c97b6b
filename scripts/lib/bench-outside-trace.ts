// Reads a Chromium trace (CDP Tracing, devtools.timeline + v8.cpu_profiler categories) for the outside
// bench: which main-thread tasks ran script of the extension, and how long the longest of them was.
//
// A task is "ours" when, inside the task's interval on the same thread, either a trace event names a
// script of the extension (EvaluateScript, v8.compile, FunctionCall, or any event's stack trace carries
// chrome-extension://<id>/…), or a CPU-profile sample falls in a function of it. The samples are needed
// because a promise continuation runs in a microtask checkpoint, which the timeline events do not
// attribute to any script: without them, the content script's work after an `await` would be invisible.
// The whole task counts (page work in the same task, style and layout our DOM writes force).

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  cat?: string;
  args?: Record<string, unknown>;
}

export interface OurTasks {
  /** Wall time of the longest task of ours, ms (0 when none). */
  longestMs: number;
  /** ≈ our time in that task (as `oursMs`; the rest is the page's, or style and layout not ours). */
  longestOursMs: number;
  /** How many tasks of ours, and their summed wall time (ms). */
  count: number;
  totalMs: number;
  /** From the start of the first task of ours to the end of the last (ms; 0 when none). */
  spanMs: number;
  /**
   * ≈ our main-thread time (ms): the union of the events naming our script and of the CPU-sample
   * intervals in our functions, inside tasks. Attribution, not a difference.
   */
  oursMs: number;
  /** Frames in which the extension's script was evaluated (distinct frame ids of its EvaluateScript). */
  frames: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

const threadKey = (pid: number, tid: number) => `${pid}:${tid}`;

/** Main threads of renderers (the page and its same-process frames). */
function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const e of events) {
    const name = (e.args as { name?: unknown } | undefined)?.name;
    if (e.ph === 'M' && e.name === 'thread_name' && name === 'CrRendererMain')
      threads.add(threadKey(e.pid, e.tid));
  }
  return threads;
}

/** A thread's samples in our functions: their times (µs, trace clock) and ≈ the time they stand for. */
export interface OurSamples {
  times: number[];
  /** Each sample's interval since the previous one (capped at 1 ms), ms. */
  durs: number[];
  /** Sum of each sample's interval since the previous one (capped at 1 ms: a gap is idle time), ms. */
  ms: number;
}

/** Samples per thread whose stack holds a function of `urlPrefix`. */
export function ourSampleTimes(events: readonly TraceEvent[], urlPrefix: string): Map<string, OurSamples> {
  const profiles = new Map<string, { thread: string; time: number; nodes: Map<number, ProfileNode> }>();
  const out = new Map<string, OurSamples>();
  for (const e of events) {
    if (e.ph !== 'P' || e.id === undefined) continue;
    const key = `${e.pid}/${e.id}`;
    if (e.name === 'Profile') {
      const start = (e.args?.data as { startTime?: number } | undefined)?.startTime ?? e.ts;
      profiles.set(key, { thread: threadKey(e.pid, e.tid), time: start, nodes: new Map() });
      continue;
    }
    const profile = profiles.get(key);
    if (e.name !== 'ProfileChunk' || !profile) continue;
    const data = e.args?.data as ProfileChunkData | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((nodeId, i) => {
      const delta = deltas[i] ?? 0;
      profile.time += delta;
      for (
        let n = profile.nodes.get(nodeId);
        n;
        n = n.parent === undefined ? undefined : profile.nodes.get(n.parent)
      ) {
        if (!n.callFrame.url?.startsWith(urlPrefix)) continue;
        const mine = out.get(profile.thread) ?? { times: [], durs: [], ms: 0 };
        const dur = Math.min(Math.max(delta, 0), 1000) / 1000;
        mine.times.push(profile.time);
        mine.durs.push(dur);
        mine.ms += dur;
        out.set(profile.thread, mine);
        break;
      }
    });
  }
  return out;
}

/** The top-level RunTask events of each renderer main thread, sorted by start. */
function topLevelTasks(events: readonly TraceEvent[], threads: Set<string>): Map<string, TraceEvent[]> {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.dur === undefined) continue;
    const key = threadKey(e.pid, e.tid);
    if (!threads.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -Infinity;
    byThread.set(
      key,
      list.filter((t) => {
        if (t.ts < end) return false; // nested in the previous top-level task
        end = t.ts + (t.dur ?? 0);
        return true;
      }),
    );
  }
  return byThread;
}

/** The task (index in `tasks`, sorted and disjoint) containing time `ts`, or -1. */
function taskAt(tasks: readonly TraceEvent[], ts: number): number {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tasks[mid]!;
    if (ts < t.ts) hi = mid - 1;
    else if (ts > t.ts + (t.dur ?? 0)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * `prefix`: the URLs that are ours. `chrome-extension://<id>/` for one extension; the bench passes
 * `chrome-extension://` because its Sanad browsers load nothing else and the engine is served from a
 * web-accessible resource with a dynamic id (`chrome-extension://<random>/frame-engine.js`).
 */
export function ourTasks(events: readonly TraceEvent[], prefix: string): OurTasks {
  const tasks = topLevelTasks(events, rendererMainThreads(events));
  // Per thread: task index → our time in it (ms).
  const ours = new Map<string, Map<number, number>>();
  const credit = (thread: string, ts: number, ms: number) => {
    const list = tasks.get(thread);
    const i = list ? taskAt(list, ts) : -1;
    if (i < 0) return;
    const shares = ours.get(thread) ?? new Map<number, number>();
    shares.set(i, (shares.get(i) ?? 0) + ms);
    ours.set(thread, shares);
  };
  // Our time: the union of the events that name our script (an evaluation with its compile, a call, a
  // layout it forced) and of the sample intervals in our functions (work after an await).
  const spans = new Map<string, [number, number][]>();
  const span = (thread: string, from: number, to: number) => {
    const list = spans.get(thread) ?? [];
    list.push([from, to]);
    spans.set(thread, list);
  };
  const frames = new Set<string>();
  for (const e of events) {
    if ((e.ph !== 'X' && e.ph !== 'I' && e.ph !== 'i') || !e.args) continue;
    const thread = threadKey(e.pid, e.tid);
    if (!tasks.has(thread) || !JSON.stringify(e.args).includes(prefix)) continue;
    credit(thread, e.ts, 0); // an instant (a timer set by us) makes the task ours, with no time of its own
    if (e.ph === 'X' && e.dur) span(thread, e.ts, e.ts + e.dur);
    const data = e.args.data as { url?: unknown; frame?: unknown } | undefined;
    if (e.name === 'EvaluateScript' && typeof data?.frame === 'string' && String(data.url).startsWith(prefix))
      frames.add(data.frame);
  }
  for (const [thread, samples] of ourSampleTimes(events, prefix))
    samples.times.forEach((ts, i) => span(thread, ts - (samples.durs[i] ?? 0) * 1000, ts));
  let oursMs = 0;
  for (const [thread, list] of spans) {
    list.sort((a, b) => a[0] - b[0]);
    let [from, to] = list[0] ?? [0, 0];
    const flush = () => {
      const task = tasks.get(thread)?.[taskAt(tasks.get(thread) ?? [], to)];
      // A span is the task's that holds its end (a sample's interval may begin in the idle gap before).
      const start = task ? Math.max(from, task.ts) : from;
      if (task) {
        credit(thread, to, (to - start) / 1000);
        oursMs += (to - start) / 1000;
      }
    };
    for (const [a, b] of list.slice(1)) {
      if (a <= to) to = Math.max(to, b);
      else {
        flush();
        [from, to] = [a, b];
      }
    }
    if (list.length) flush();
  }
  let longest = 0;
  let longestShare = 0;
  let count = 0;
  let total = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const [thread, shares] of ours) {
    for (const [i, share] of shares) {
      const task = tasks.get(thread)?.[i];
      if (!task) continue;
      const dur = (task.dur ?? 0) / 1000;
      if (dur > longest) {
        longest = dur;
        longestShare = share;
      }
      count++;
      total += dur;
      first = Math.min(first, task.ts);
      last = Math.max(last, task.ts + (task.dur ?? 0));
    }
  }
  return {
    longestMs: longest,
    longestOursMs: longestShare,
    count,
    totalMs: total,
    spanMs: count ? (last - first) / 1000 : 0,
    oursMs,
    frames: frames.size,
  };
}
