/** Feeds: parsing (RSS, Atom, RDF, OPML), discovery, the network rules, and the collect pipeline with its I/O passed in. */
export { parseFeed } from './parse-feed';
export { parseOpml } from './parse-opml';
export { exportOpml } from './export-opml';
export { discoverFeeds } from './discover-feeds';
export { feedDate } from './feed-date';
export { canonicalUrl } from './canonical-url';
export { NETWORK_RULES } from './network-rules';
export { fetchText } from './fetch-text';
export { createHostQueue, type HostQueueOptions } from './create-host-queue';
export { wait } from './wait';
export { classifyPage, type PageResult } from './classify-page';
export { feedItemArticle } from './feed-item-article';
export { collectFeed } from './collect-feed';
export { collectFeeds } from './collect-feeds';
export { createMemorySink, type MemorySink } from './create-memory-sink';
export { feedStatusMessage } from './feed-status-message';
export type * from './types';
