/**
 * Changes the network rules' numbers in a *copy* of the built extension (never in the build itself, and
 * never through a setting the shipped code would read): the 20 s timeout and the 1 s politeness pause are
 * constants (lib/feeds/network-rules.ts), and a browser test cannot wait 20 s for a slow feed, nor a bench
 * 8.5 minutes of pauses. The bundler writes the rules as one object literal
 * (`timeoutMs:2e4,maxBytes:5242880,maxRedirects:5,hostDelayMs:1e3`, pinned by tests/build), so the copy's
 * literal is rewritten; if the literal is not found the change throws, so a test relying on it cannot
 * silently run with the real numbers.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RuleChanges {
  timeoutMs?: number;
  hostDelayMs?: number;
}

/** The rules' numeric fields in the order the bundler writes them; each value a JS number literal. */
const RULES_LITERAL = /timeoutMs:([\d.e]+),maxBytes:([\d.e]+),maxRedirects:([\d.e]+),hostDelayMs:([\d.e]+)/g;

const scripts = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));

/**
 * Rewrites the network rules' timeout and/or politeness pause in every script of the built copy at `dir`
 * (the background and the pages' chunks); returns how many scripts changed. Throws when the background
 * holds no rules literal.
 * @example setBuiltNetworkRules(copy.dir, { timeoutMs: 3_000 }) // -> 2 (background.js, chunks/web-fetch-….js)
 */
export function setBuiltNetworkRules(dir: string, changes: RuleChanges): number {
  let changed = 0;
  let inBackground = false;
  for (const file of scripts(dir)) {
    const code = readFileSync(file, 'utf8');
    if (!code.match(RULES_LITERAL)) continue;
    const next = code.replace(RULES_LITERAL, (_, timeout: string, maxBytes: string, maxRedirects: string, delay: string) => `timeoutMs:${changes.timeoutMs ?? timeout},maxBytes:${maxBytes},maxRedirects:${maxRedirects},hostDelayMs:${changes.hostDelayMs ?? delay}`);
    if (file === join(dir, 'background.js')) inBackground = true;
    writeFileSync(file, next);
    changed++;
  }
  if (!inBackground) throw new Error(`no network rules literal in ${join(dir, 'background.js')}: the bundle's shape changed (see tests/build/built-extension.test.ts)`);
  return changed;
}
