import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Strip comments so prose about "the browser" or "document order" does not trip the check. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const forbidden: Array<[string, RegExp]> = [
  ['browser global', /\b(browser|chrome)\s*\.\s*[a-z]/],
  ['window global', /\bwindow\s*\./],
  ['document global', /(^|[^.\w])document\s*\.\s*(?!cloneNode)/],
  ['wxt import', /from\s+['"](wxt|#imports)(\/[^'"]*)?['"]/],
  ['preact import', /from\s+['"]preact(\/[^'"]*)?['"]/],
  ['node import', /from\s+['"](node:[^'"]+|fs|path|child_process)['"]/],
  ['HTML sink', /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b/],
];

const libFiles = filesUnder(join(root, 'lib'));

describe('lib/ is pure TypeScript', () => {
  it('has files to check', () => {
    expect(libFiles.length).toBeGreaterThan(0);
  });

  it.each(forbidden)('no %s in lib/', (_name, pattern) => {
    const offenders = libFiles.filter((f) => pattern.test(code(readFileSync(f, 'utf8')))).map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});

describe('tests mirror lib/', () => {
  it('every lib module with logic has a test file at the mirrored path', () => {
    const missing = libFiles
      .map((f) => relative(join(root, 'lib'), f))
      .filter((f) => !/(^|\/)(index|types)\.ts$/.test(f))
      .filter((f) => {
        const test = join(root, 'tests', 'lib', f.replace(/\.tsx?$/, '.test.ts'));
        try {
          return !statSync(test).isFile();
        } catch {
          return true;
        }
      });
    expect(missing).toEqual([]);
  });
});
