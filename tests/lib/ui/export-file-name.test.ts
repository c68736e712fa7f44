import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../lib/ui/export-file-name';
import type { Comparison } from '../../../lib/types';

const comparison = (a: string, b: string) => ({ a: { outlet: a }, b: { outlet: b } }) as Comparison;

describe('exportFileName', () => {
  it.each([
    ['BBC News', 'Le Monde', 'md', 'outlet-diff-bbc-news-vs-le-monde.md'],
    ['../../etc/passwd', 'A<b>"c', 'html', 'outlet-diff-etc-passwd-vs-a-b-c.html'],
    ['Süddeutsche Zeitung', '朝日新聞', 'md', 'outlet-diff-süddeutsche-zeitung-vs-朝日新聞.md'],
    ['???', '', 'md', 'outlet-diff-outlet-vs-outlet.md'],
  ])('%s vs %s', (a, b, ext, name) => {
    expect(exportFileName(comparison(a, b), ext)).toBe(name);
  });
});
