import { SECOND_LEVEL_SUFFIXES } from './second-level-suffixes';

const SUFFIXES = new Set(SECOND_LEVEL_SUFFIXES);
const VOWEL = /[aeiouy]/;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A readable outlet name from a host name, for pages that do not name themselves: the registered
 * name (the label before the public suffix), hyphens as spaces, a leading "the" split off, and
 * vowel-less names (initialisms such as "bbc") in capitals. Undefined for IP addresses and empty hosts.
 * @example outletFromHost('www.theguardian.com') // -> 'The Guardian'
 * @example outletFromHost('news.bbc.co.uk') // -> 'BBC'
 */
export function outletFromHost(host: string): string | undefined {
  const clean = host.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');
  if (!clean || /^[\d.]+$/.test(clean) || clean.includes(':')) return undefined;
  // The name is the label just before the public suffix, so prefixes such as "www." or "edition." drop out.
  const labels = clean.split('.');
  const suffixLabels = labels.length > 2 && SUFFIXES.has(labels.slice(-2).join('.')) ? 2 : 1;
  const name = labels.length > suffixLabels ? (labels[labels.length - suffixLabels - 1] as string) : (labels[0] as string);
  const words = name.split('-').filter(Boolean);
  if (words.length === 1 && /^the[a-z]{3,}$/.test(name)) words.splice(0, 1, 'the', name.slice(3));
  return words.map((word) => (VOWEL.test(word) ? capitalise(word) : word.toUpperCase())).join(' ');
}
