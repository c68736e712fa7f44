import type { Article } from '../types';

/** The feed formats read; JSON Feed is left out: the issue asks for the three XML formats and OPML. */
export type FeedFormat = 'rss' | 'atom' | 'rdf';

/** One feed item, normalised across RSS 2.0, Atom and RSS 1.0. Item HTML is untrusted: never rendered as HTML. */
export interface FeedItem {
  /** The item's own id (RSS guid, Atom id, RDF about) when it has one. */
  guid?: string;
  /** The article's address, absolute (resolved against xml:base, the feed's link or the feed URL). */
  link?: string;
  /** Plain text (tags dropped, entities decoded). */
  title: string;
  /** ISO 8601: a date-time in UTC, or a bare date; absent when the feed gives none or an unreadable one. */
  published?: string;
  /** The description or Atom summary, as an HTML string. */
  summary?: string;
  /** content:encoded or Atom content, as an HTML string: the full text when the outlet sends it. */
  content?: string;
  author?: string;
}

/** A parsed feed: its own metadata and its items in feed order. */
export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  /** The site the feed belongs to (RSS link, Atom link rel=alternate), absolute. */
  siteUrl?: string;
  items: FeedItem[];
}

export type ParseFeedResult = { ok: true; feed: ParsedFeed } | { ok: false; reason: 'not-a-feed'; message: string };

/** A feed the reader (or an OPML file) subscribes to. */
export interface Subscription {
  feedUrl: string;
  /** The outlet name articles are stored under; the feed's own title or its host name otherwise. */
  outlet?: string;
  /** The feed's own title as the reader or the OPML file names it. */
  title?: string;
  siteUrl?: string;
  /** Folder names from OPML nesting and `category` attributes. */
  categories?: string[];
}

export type OpmlResult = { ok: true; title?: string; subscriptions: Subscription[] } | { ok: false; message: string };

/** A `<link rel="alternate">` feed found on a site page. */
export interface DiscoveredFeed {
  url: string;
  title?: string;
  format: FeedFormat;
}

/** The network rules every request follows (the table lives in network-rules.ts). */
export interface NetworkRules {
  method: 'GET';
  credentials: 'omit';
  referrerPolicy: 'no-referrer';
  redirect: 'manual';
  cache: 'no-store';
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** The pause between the end of one request and the start of the next to the same host. */
  hostDelayMs: number;
  schemes: readonly string[];
  acceptFeed: string;
  acceptPage: string;
}

/** The part of `fetch`'s init this code sets; a fake fetch in tests sees exactly these. */
export interface FetchInit {
  method: 'GET';
  credentials: 'omit';
  referrerPolicy: 'no-referrer';
  redirect: 'manual';
  cache: 'no-store';
  headers: Record<string, string>;
  signal: AbortSignal;
}

/** The part of a `Response` read here: a browser's, Node's (undici) and a test's fake all fit. */
export interface FetchResponse {
  status: number;
  /** 'opaqueredirect' is what a browser gives for a redirect under `redirect: 'manual'`. */
  type?: string;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
}

export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** What a request may not do is decided by the caller: the extension asks its host permissions, the CLI its list. */
export type IsGranted = (origin: string) => boolean | Promise<boolean>;

/** Waits `ms`, and rejects as soon as `signal` aborts (never resolves early); a fake clock's in tests. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Runs tasks one at a time per host, with the politeness pause between them (see createHostQueue). */
export interface HostQueue {
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export interface FetchDeps {
  fetch: FetchLike;
  isGranted: IsGranted;
  /** Shared by every request of a run, so politeness holds across feeds and pages. */
  queue: HostQueue;
  sleep: Sleep;
  /** Defaults to NETWORK_RULES; tests and the CLI's --delay override parts of it. */
  rules?: Partial<NetworkRules>;
  /** Cancels the request (the reader closed the run). */
  signal?: AbortSignal;
  /**
   * Where a redirect the browser hid (an opaque redirect under `redirect: 'manual'`) pointed, when the
   * caller could see it (the extension watches its own requests' redirects with `webRequest`); the
   * target is then checked against the granted origins like any Location before it is requested.
   */
  hiddenRedirect?: (url: string) => Promise<string | undefined>;
}

export type HttpProblem = 'blocked' | 'not-found' | 'rate-limited' | 'server-error' | 'other';

/** What fetchText gives: the text, or why there is none, as data the status line puts in words. */
export type FetchResult =
  | { kind: 'ok'; url: string; finalUrl: string; text: string; contentType: string }
  | { kind: 'bad-url'; url: string }
  | { kind: 'not-granted'; url: string; origin: string }
  | { kind: 'redirected-elsewhere'; url: string; location: string; origin: string }
  | { kind: 'opaque-redirect'; url: string }
  | { kind: 'too-many-redirects'; url: string }
  | { kind: 'timeout'; url: string; ms: number }
  | { kind: 'too-large'; url: string; maxBytes: number }
  | { kind: 'http-status'; url: string; status: number; problem: HttpProblem }
  | { kind: 'not-a-feed'; url: string; contentType: string }
  | { kind: 'not-a-page'; url: string; contentType: string }
  | { kind: 'network'; url: string; message: string }
  | { kind: 'cancelled'; url: string };

export type FetchProblem = Exclude<FetchResult, { kind: 'ok' }>;

/** Why a page gave no article, beyond the network: the same words as the feed status uses. */
export type PageProblemKind = 'consent-wall' | 'paywall' | 'not-an-article';

export interface PageProblemPattern {
  kind: Exclude<PageProblemKind, 'not-an-article'>;
  /** What the pattern is (for the table test and for a reader of the data). */
  name: string;
  /** One of: a CSS selector whose presence marks the problem, a pattern over the page's visible text, or over its JSON-LD. */
  selector?: string;
  text?: RegExp;
  json?: RegExp;
}

/** The article as the collector stores it: the corpus-pack article plus where it came from. */
export interface FeedArticle extends Article {
  source: 'feed';
  feedUrl: string;
  guid?: string;
  /** When it was collected (ISO). */
  collected: string;
  /** 'feed' when the feed carried the full text, 'page' when the article page was fetched and extracted. */
  textFrom: 'feed' | 'page';
}

/**
 * The keys an item is known by: its guid within its feed, and its canonical URL. Never its date (outlets
 * rewrite dates). A guid counts only with its feed: the RSS spec asks for globally unique guids, but many
 * feeds number their items ("1", "2", …), so two feeds' item 41 are two items.
 */
export interface ItemKeys {
  /** The feed the item came from (its address as subscribed). */
  feedUrl: string;
  guid?: string;
  url?: string;
}

/**
 * Where collected articles go. The reader's store (IndexedDB) implements it in the extension; a memory
 * sink (tests) and a JSON Lines file (CLI) implement it here.
 */
export interface FeedSink {
  /** True when an article with this guid (from this feed) or this canonical URL is already kept: the page is then not fetched. */
  seen(keys: ItemKeys): Promise<boolean>;
  /** Keeps the article, or says it was a duplicate (same feed and guid, canonical URL or id) or updated an older copy. */
  add(article: FeedArticle): Promise<'added' | 'duplicate' | 'updated'>;
}

/** Why one item gave no article. */
export type ItemProblemKind = FetchProblem['kind'] | PageProblemKind;

/** What happened to one feed in one run, in words and as data. */
export interface FeedStatus {
  feedUrl: string;
  outlet: string;
  /** When the feed was fetched (ISO), whether or not it worked. */
  lastFetched: string;
  /** Items the feed listed. */
  items: number;
  /** Articles added (new) or updated. */
  newItems: number;
  /** Items already kept, skipped before any page request. */
  seen: number;
  /** Items older than the run's `since`. */
  old: number;
  /** Items that gave no article, by reason. */
  itemProblems: Partial<Record<ItemProblemKind, number>>;
  /**
   * The sites of items skipped for want of permission (a few at most), when there were any: the options
   * page offers to allow them, since a feed may link a site nobody foresaw when subscribing.
   */
  notAllowed?: string[];
  /** Why the feed itself could not be read, when it could not. */
  error?: FetchProblem['kind'];
  /** The HTTP status and what it means, when the error is one. */
  httpStatus?: number;
  httpProblem?: HttpProblem;
  /** One sentence for the reader: "12 new articles", "blocked (403)", "not a feed", … */
  message: string;
}

export type CollectEvent =
  | { type: 'feed-start'; feedUrl: string; index: number; total: number }
  /** The feed was read: its items' links, before any of them is fetched (the CLI grants their origins here). */
  | { type: 'feed-parsed'; feedUrl: string; links: string[] }
  | { type: 'item'; feedUrl: string; link?: string; outcome: 'added' | 'updated' | 'duplicate' | 'seen' | 'old' | ItemProblemKind }
  | { type: 'feed-done'; status: FeedStatus };

/** Turns HTML into a Document: DOMParser in a page or an offscreen document, linkedom in Node and a service worker. */
export type ParseHtml = (html: string, url: string) => Document;

export interface CollectDeps extends Omit<FetchDeps, 'rules' | 'queue'> {
  /** Share one across runs so politeness holds between them; a run makes its own otherwise. */
  queue?: HostQueue;
  sink: FeedSink;
  parseHtml: ParseHtml;
  /** Milliseconds since the epoch; a fake clock in tests. */
  now: () => number;
  rules?: Partial<NetworkRules>;
  /** Items published before this time (ms since the epoch) are left alone; items without a date are kept. */
  since?: number;
  onProgress?: (event: CollectEvent) => void;
  /** How many feeds are read at once (different hosts; one host is always one at a time). */
  concurrency?: number;
}
