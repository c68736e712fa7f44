import { describe, expect, it } from 'vitest';
import { profileTimes, type Profile } from '../../../scripts/bench/profile-times';

const NODES: Profile['nodes'] = ['(root)', '(idle)', '(garbage collector)', '(program)', 'extractArticle'].map((functionName, i) => ({ id: i + 1, callFrame: { functionName } }));

describe('profileTimes', () => {
  it.each([
    ['no samples', [], [], { idle: 0, gc: 0, program: 0, script: 0 }],
    ['each kind once', [2, 3, 4, 5], [1e6, 2e6, 3e6, 4e6], { idle: 1, gc: 2, program: 3, script: 4 }],
    ['samples of one kind add up', [5, 5, 2], [5e5, 5e5, 25e4], { idle: 0.25, gc: 0, program: 0, script: 1 }],
    ['a sample without its delta counts nothing', [2, 5], [1e6], { idle: 1, gc: 0, program: 0, script: 0 }],
  ] as const)('%s', (_name, samples, timeDeltas, expected) => {
    const times = profileTimes({ nodes: NODES, samples: [...samples], timeDeltas: [...timeDeltas] });
    for (const [kind, seconds] of Object.entries(expected)) expect(times[kind as keyof typeof times], kind).toBeCloseTo(seconds, 9);
  });
});
