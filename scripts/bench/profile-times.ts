/** V8's CPU profile (Profiler.stop): call tree nodes, and one node id per sample with the microseconds since the previous sample. */
export interface Profile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Seconds of a CPU profile's samples by kind: V8 names the thread's waits "(idle)", the collector's work
 * "(garbage collector)" and its own native work "(program)"; every other sample is script.
 * @example profileTimes({ nodes: [{ id: 1, callFrame: { functionName: '(idle)' } }, { id: 2, callFrame: { functionName: 'parse' } }], samples: [1, 2], timeDeltas: [1e6, 5e5] }) // -> { idle: 1, gc: 0, program: 0, script: 0.5 }
 */
export function profileTimes(profile: Profile): { idle: number; gc: number; program: number; script: number } {
  const name = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  const times = { idle: 0, gc: 0, program: 0, script: 0 };
  profile.samples.forEach((id, i) => {
    const seconds = (profile.timeDeltas[i] ?? 0) / 1e6;
    const fn = name.get(id);
    if (fn === '(idle)') times.idle += seconds;
    else if (fn === '(garbage collector)') times.gc += seconds;
    else if (fn === '(program)') times.program += seconds;
    else times.script += seconds;
  });
  return times;
}
