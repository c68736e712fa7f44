import { readFileSync, statSync } from 'node:fs';
import { MAX_PACK_BYTES } from '../../lib/corpus/validate-corpus-pack';
import { CliError } from './cli-error';

/** Files larger than this are refused before reading: no news article comes near it, nor a corpus pack. */
export const MAX_INPUT_BYTES = MAX_PACK_BYTES;

/**
 * Reads a text or HTML input file as UTF-8, refusing what cannot be an article with a one-line reason.
 * @example readTextFile('article.txt') // -> 'Headline\n\nBody…'
 */
export function readTextFile(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path}: is a directory, expected a text or HTML file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: no such file`);
  }
  if (size === 0) throw new CliError(`${path}: file is empty`);
  if (size > MAX_INPUT_BYTES) throw new CliError(`${path}: file is too large (${(size / 1048576).toFixed(0)} MB; limit ${MAX_INPUT_BYTES / 1048576} MB)`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new CliError(`${path}: looks like a binary file, expected text or HTML`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${path}: is not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new CliError(`${path}: file is empty`);
  return text;
}

/** True when the text is an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) || /<(p|div|article|h1)[\s>][\s\S]*<\/\1>/i.test(text.slice(0, 20000));
}
