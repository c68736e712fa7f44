import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'components', 'styles.css'), 'utf8');

/** The custom properties of the first `:root { … }` block after `from` in the stylesheet. */
function variables(from: number): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css.slice(from));
  return Object.fromEntries([...(block?.[1] ?? '').matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = variables(0);
const dark = { ...light, ...variables(css.indexOf('prefers-color-scheme: dark')) };

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

// Text on its background (AA: 4.5), and the focus ring against the page (non-text: 3).
const pairs: Array<[string, string, number]> = [
  ['fg', 'bg', 4.5],
  ['fg', 'panel', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'panel', 4.5],
  ['own-fg', 'own-bg', 4.5],
  ['other-fg', 'other-bg', 4.5],
  ['minor-fg', 'bg', 4.5],
  ['pressed-fg', 'pressed-bg', 4.5],
  ['focus', 'bg', 3],
  ['own-edge', 'bg', 3],
  ['other-edge', 'bg', 3],
];

describe('colours', () => {
  it('defines both themes', () => {
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(dark.bg).not.toBe(light.bg);
  });

  it.each(pairs.flatMap(([fg, bg, min]) => [['light', fg, bg, min, light] as const, ['dark', fg, bg, min, dark] as const]))('%s: --%s on --%s is at least %d:1', (_theme, fg, bg, min, theme) => {
    expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(min);
  });

  it.each([
    ['underlines inserted words', /ins\.own\s*\{[^}]*text-decoration:\s*underline/],
    ['strikes deleted words', /del\.other\s*\{[^}]*text-decoration:\s*line-through/],
    ['shows keyboard focus', /:focus-visible/],
    ['has a print stylesheet', /@media print/],
    ['loads nothing from the network', /^(?![\s\S]*(url\(|@import|https?:))/],
  ])('%s', (_case, pattern) => {
    expect(css).toMatch(pattern);
  });
});
