/** Outlet Diff's public API: everything the extension, the CLI and the scripts use from lib/. */
export type * from './types';
export { compareArticles, groupMembers, groupText, type CompareOptions } from './compare';
export { linkSentences, type Alignment, type PartialLink, type SentenceLinks } from './align/link-sentences';
export { diffGroup } from './diff/diff-group';
export { segmentSentences } from './text/segment-sentences';
export { normalizeText } from './text/normalize-text';
export { tokenize, words, type Token, type TokenKind } from './text/tokenize';
export { wordKey } from './text/word-key';
export * from './extract';
export type * from './corpus/types';
export type * from './match/types';
export { buildCorpus } from './corpus/build-corpus';
export { validateCorpusPack } from './corpus/validate-corpus-pack';
export { findCoverage } from './match/find-coverage';
export { coverageConsensus } from './match/coverage-consensus';
export { formatComparison, type ReportStyle } from './format/format-comparison';
export { comparisonToJson, type ComparisonJson } from './format/comparison-to-json';
export * from './feeds';
