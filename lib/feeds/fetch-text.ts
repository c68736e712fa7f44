import { decodeText } from './decode-text';
import { looksLikeFeed } from './looks-like-feed';
import { looksLikePage } from './looks-like-page';
import { HTTP_PROBLEMS, NETWORK_RULES } from './network-rules';
import { readCappedBody } from './read-capped-body';
import { resolveUrl } from './resolve-url';
import type { FetchDeps, FetchResult, HttpProblem, NetworkRules } from './types';

/** One hop's answer: a final result, or where the server sends us next. */
type Hop = FetchResult | { kind: 'redirect'; location: string };

const httpProblem = (status: number): HttpProblem => HTTP_PROBLEMS[status] ?? (status >= 500 && status <= 599 ? 'server-error' : 'other');

/** Drops a body we will not read, so the connection is freed at once. */
const discard = (body: ReadableStream<Uint8Array> | null) => void body?.cancel().catch(() => {});

async function requestOnce(url: string, original: string, expect: 'feed' | 'page', deps: FetchDeps, rules: NetworkRules): Promise<Hop> {
  const controller = new AbortController();
  const timer = new AbortController();
  let timedOut = false;
  const onCancel = () => controller.abort(deps.signal?.reason);
  deps.signal?.addEventListener('abort', onCancel, { once: true });
  // The timeout covers the whole response, body included: a server trickling bytes is as slow as a silent one.
  deps.sleep(rules.timeoutMs, timer.signal).then(
    () => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    },
    () => {},
  );
  try {
    const response = await deps.fetch(url, {
      method: rules.method,
      credentials: rules.credentials,
      referrerPolicy: rules.referrerPolicy,
      redirect: rules.redirect,
      cache: rules.cache,
      headers: { Accept: expect === 'feed' ? rules.acceptFeed : rules.acceptPage },
      signal: controller.signal,
    });
    // A browser hides a manual redirect's target (an opaque redirect). The caller may have seen it
    // (hiddenRedirect); if not, we cannot check it, so we do not follow it.
    if (response.type === 'opaqueredirect') {
      const location = resolveUrl(await deps.hiddenRedirect?.(url), url);
      return location ? { kind: 'redirect', location } : { kind: 'opaque-redirect', url: original };
    }
    if (response.status >= 300 && response.status < 400) {
      discard(response.body);
      const location = resolveUrl(response.headers.get('location') ?? undefined, url);
      return location ? { kind: 'redirect', location } : { kind: 'http-status', url: original, status: response.status, problem: 'other' };
    }
    if (response.status < 200 || response.status > 299) {
      discard(response.body);
      return { kind: 'http-status', url: original, status: response.status, problem: httpProblem(response.status) };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > rules.maxBytes) {
      discard(response.body);
      return { kind: 'too-large', url: original, maxBytes: rules.maxBytes };
    }
    const body = await readCappedBody(response.body, rules.maxBytes, controller.signal);
    if (!body.ok) return { kind: 'too-large', url: original, maxBytes: rules.maxBytes };
    const contentType = response.headers.get('content-type') ?? '';
    const text = decodeText(body.bytes, contentType);
    if (expect === 'feed' && !looksLikeFeed(text, contentType)) return { kind: 'not-a-feed', url: original, contentType };
    if (expect === 'page' && !looksLikePage(text, contentType)) return { kind: 'not-a-page', url: original, contentType };
    return { kind: 'ok', url: original, finalUrl: url, text, contentType };
  } catch (error) {
    if (timedOut) return { kind: 'timeout', url: original, ms: rules.timeoutMs };
    if (deps.signal?.aborted) return { kind: 'cancelled', url: original };
    return { kind: 'network', url: original, message: error instanceof Error ? error.message : String(error) };
  } finally {
    timer.abort();
    deps.signal?.removeEventListener('abort', onCancel);
  }
}

/**
 * GETs a feed or an article page under the network rules (NETWORK_RULES): only granted origins (every
 * redirect hop is checked before it is requested), no credentials, no Referer, a timeout and a size cap
 * enforced while the body streams, one request at a time per host with a pause between (the queue), and
 * the body decoded by its declared charset. Every failure is a typed result, never a throw.
 * @example await fetchText('https://example.com/feed.xml', { fetch, isGranted: (o) => o === 'https://example.com', queue, sleep: wait })
 * // -> { kind: 'ok', url, finalUrl, text: '<?xml …', contentType: 'application/rss+xml' } | { kind: 'http-status', status: 403, problem: 'blocked', … } | …
 */
export async function fetchText(url: string, deps: FetchDeps, expect: 'feed' | 'page' = 'feed'): Promise<FetchResult> {
  const rules: NetworkRules = { ...NETWORK_RULES, ...deps.rules };
  let current = url;
  for (let hop = 0; hop <= rules.maxRedirects; hop++) {
    const parsed = URL.canParse(current) ? new URL(current) : undefined;
    if (!parsed || !rules.schemes.includes(parsed.protocol)) return { kind: 'bad-url', url };
    // Only an http(s) URL has an origin a reader can grant; credentials in a URL would be sent: refused as bad.
    if (parsed.username || parsed.password) return { kind: 'bad-url', url };
    let granted: boolean;
    try {
      granted = await deps.isGranted(parsed.origin);
    } catch {
      granted = false;
    }
    if (!granted) return hop === 0 ? { kind: 'not-granted', url, origin: parsed.origin } : { kind: 'redirected-elsewhere', url, location: current, origin: parsed.origin };
    if (deps.signal?.aborted) return { kind: 'cancelled', url };
    let result: Hop;
    try {
      result = await deps.queue.run(parsed.host, () => requestOnce(current, url, expect, deps, rules), deps.signal);
    } catch {
      // The queue only throws when the run was cancelled while this request waited its turn.
      return { kind: 'cancelled', url };
    }
    if (result.kind !== 'redirect') return result;
    current = result.location;
  }
  return { kind: 'too-many-redirects', url };
}
