// The outside bench's reading of a trace: which renderer main-thread tasks ran the extension's script.
// The events are shaped as Chromium 156 writes them (names, phases, args) in a trace of wapo-1.
import { describe, expect, it } from 'vitest';
import { ourSampleTimes, ourTasks, type TraceEvent } from '../../scripts/lib/bench-outside-trace';

const ID = 'akagcaiafieihpnghefblpgblihiecpi';
const OURS = `chrome-extension://${ID}/content-scripts/content.js`;
const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (ts: number, dur: number, tid = 1): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  pid: 1,
  tid,
  ts,
  dur,
});
const event = (
  name: string,
  ts: number,
  dur: number,
  args: Record<string, unknown>,
  tid = 1,
): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid,
  ts,
  dur,
  args,
});

// The sampler writes chunks on its own thread (tid 9) for the profiled thread named in `Profile` (tid 1).
const profile: TraceEvent[] = [
  { name: 'Profile', ph: 'P', pid: 1, tid: 1, ts: 0, id: '0x1', args: { data: { startTime: 14_000 } } },
  {
    name: 'ProfileChunk',
    ph: 'P',
    pid: 1,
    tid: 9,
    ts: 20_000,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: { url: '' } },
            { id: 2, parent: 1, callFrame: { url: OURS } },
            { id: 3, parent: 2, callFrame: { url: '' } }, // a builtin called by our code
            { id: 4, parent: 1, callFrame: { url: 'http://127.0.0.1/app.js' } },
          ],
          // at 15,000 (ours, via its parent), 16,000 (page), 45,000 (page)
          samples: [3, 4, 4],
        },
        timeDeltas: [1000, 1000, 29_000],
      },
    },
  },
];

const trace: TraceEvent[] = [
  thread(1, 1, 'CrRendererMain'),
  thread(2, 2, 'VizCompositorThread'),
  // 5 ms: the bundle's evaluation (named by the event itself); a nested RunTask is not a task of its own.
  task(1000, 5000),
  event('EvaluateScript', 1100, 4800, { data: { url: OURS, frame: 'F1' } }),
  task(2000, 1000),
  // 12 ms: a microtask checkpoint with no URL, attributed by the sample at 15,000.
  task(10_000, 12_000),
  event('RunMicrotasks', 10_500, 11_000, {}),
  // 40 ms: only the page's script, and another extension's.
  task(30_000, 40_000),
  event('FunctionCall', 31_000, 30_000, { data: { url: 'http://127.0.0.1/app.js' } }),
  event('FunctionCall', 62_000, 1000, { data: { url: 'chrome-extension://otherextensionid/c.js' } }),
  // The same script evaluated in a second frame and in the first again (a navigation): two frames.
  task(70_000, 2000),
  event('EvaluateScript', 70_100, 1000, { data: { url: OURS, frame: 'F2' } }),
  event('EvaluateScript', 71_200, 500, { data: { url: OURS, frame: 'F1' } }),
  // 3 ms: a timer callback of ours, named only in a stack trace.
  task(80_000, 3000),
  event('TimerInstall', 80_500, 0, { data: { stackTrace: [{ url: OURS, functionName: 'afterSlice' }] } }),
  // Not a renderer main thread: ignored even though it names our script.
  { name: 'RunTask', ph: 'X', pid: 2, tid: 2, ts: 90_000, dur: 99_000 },
  event('FunctionCall', 90_100, 1000, { data: { url: OURS } }, 2),
  ...profile,
];

describe('ourTasks', () => {
  it('counts the tasks that ran our script, named by an event, a stack trace or a CPU sample', () => {
    const got = ourTasks(trace, `chrome-extension://${ID}/`);
    expect(got.count).toBe(4);
    expect(got.frames).toBe(2);
    expect(got.longestMs).toBeCloseTo(12, 6);
    // Of the 12 ms task, the one sample of ours (1 ms since the previous sample).
    expect(got.longestOursMs).toBeCloseTo(1, 6);
    expect(got.totalMs).toBeCloseTo(5 + 12 + 2 + 3, 6);
    // From the first task's start (1,000 µs) to the end of the last (83,000 µs).
    expect(got.spanMs).toBeCloseTo(82, 6);
    // The evaluations (4.8 + 1 + 0.5 ms) and the one sample of ours (1,000 µs since the previous one).
    expect(got.oursMs).toBeCloseTo(4.8 + 1 + 0.5 + 1, 6);
  });

  it('finds nothing for another extension id', () => {
    expect(ourTasks(trace, 'chrome-extension://someotherid/')).toEqual({
      longestMs: 0,
      count: 0,
      totalMs: 0,
      spanMs: 0,
      oursMs: 0,
      longestOursMs: 0,
      frames: 0,
    });
  });

  it('without the samples, the microtask checkpoint is not ours', () => {
    const withoutSamples = trace.filter((e) => e.ph !== 'P');
    expect(ourTasks(withoutSamples, `chrome-extension://${ID}/`)).toMatchObject({
      count: 3,
      longestMs: 5,
      longestOursMs: 4.8,
    });
  });
});

describe('ourSampleTimes', () => {
  it('places samples on the profiled thread at start + cumulative deltas', () => {
    expect([...ourSampleTimes(profile, `chrome-extension://${ID}/`)]).toEqual([
      ['1:1', { times: [15_000], durs: [1], ms: 1 }],
    ]);
  });
});
