import { useEffect, useState } from 'preact/hooks';
import { catalogueSubscriptions } from '../lib/feeds/catalogue-subscriptions';
import type { CatalogueEntry } from '../lib/feeds/feed-catalogue';
import { parseOpml } from '../lib/feeds/parse-opml';
import type { FeedAddress } from '../lib/feeds/read-feed-address';
import type { DiscoveredFeed, FeedStatus, Subscription } from '../lib/feeds/types';
import { t, type MessageKey } from './i18n';
import type { FeedRun } from './services/feed-subscriptions';
import { TEST_IDS } from './test-ids';

/** What the feeds section needs from the browser, passed in so the view is testable without one. */
export interface FeedsDeps {
  catalogue: readonly CatalogueEntry[];
  list: () => Promise<Subscription[]>;
  statuses: () => Promise<Record<string, FeedStatus>>;
  run: () => Promise<FeedRun | undefined>;
  /** Calls back when subscriptions, statuses or the run change (the background writes them); returns the unsubscribe. */
  watch: (changed: () => void) => () => void;
  /** Asks for these addresses' sites and the alarm (first thing in the click); false when refused. */
  requestAccess: (urls: readonly string[]) => Promise<boolean>;
  /** Whether the extension may already read `url`'s site (no prompt needed). */
  hasAccess: (url: string) => Promise<boolean>;
  subscribe: (subscriptions: readonly Subscription[]) => Promise<number>;
  unsubscribe: (feedUrl: string) => Promise<void>;
  /** Reads an address under the network rules: a feed, a site page with feeds, or why not. */
  readAddress: (url: string) => Promise<FeedAddress>;
  /** Starts a refresh in the background; settles when the run ends (read through, or stopped). */
  refreshNow: () => Promise<void>;
  /** Stops the refresh under way (started here or by the schedule). */
  cancelRefresh: () => Promise<void>;
  exportOpml: () => Promise<string>;
  download: (fileName: string, mime: string, parts: BlobPart[]) => void;
}

const feedName = (s: Subscription) => s.title ?? s.outlet ?? s.feedUrl;
const originOf = (url: string) => (URL.canParse(url) ? [new URL(url).origin] : []);
/** The sites an OPML file names for its feeds (htmlUrl): where those feeds' articles are likely to live. */
const siteOrigins = (subscriptions: readonly Subscription[]) => [...new Set(subscriptions.flatMap((s) => (s.siteUrl ? originOf(s.siteUrl) : [])))];
const timeText = (iso: string) => new Date(iso).toLocaleString();

/**
 * The options page's feeds: the catalogue, a feed or site address, OPML import and export, the
 * subscribed feeds with each one's last status in words, Refresh now and the run's progress. Every
 * subscription asks for its sites in the reader's click; feed text is only ever shown as text.
 */
export function FeedsSettings({ deps }: { deps: FeedsDeps }) {
  const [subscriptions, setSubscriptions] = useState<Subscription[]>([]);
  const [statuses, setStatuses] = useState<Record<string, FeedStatus>>({});
  const [run, setRun] = useState<FeedRun>();
  const [address, setAddress] = useState('');
  const [discovered, setDiscovered] = useState<DiscoveredFeed[]>([]);
  const [discoveredOn, setDiscoveredOn] = useState('');
  const [articleOrigins, setArticleOrigins] = useState<string[]>([]);
  // Sites allowed from this page since it opened: their buttons go, before the next refresh's statuses say so.
  const [allowedNow, setAllowedNow] = useState<string[]>([]);
  const [imported, setImported] = useState<Subscription[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [stopping, setStopping] = useState(false);

  useEffect(() => {
    const load = () =>
      Promise.all([deps.list(), deps.statuses(), deps.run()])
        .then(([list, saved, current]) => {
          setSubscriptions(list);
          setStatuses(saved);
          setRun(current);
        })
        .catch(() => undefined);
    void load();
    return deps.watch(() => void load());
  }, [deps]);

  const say = (key: MessageKey, subs?: string | number | Array<string | number>) => setStatus(t(key, subs));

  /** One action: busy while it runs, its outcome (or what went wrong) in the status line. */
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      say('feedsFailed', error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  /**
   * Asks for the feeds' sites and the sites their articles are known to come from in one prompt (in the
   * click, before anything else is awaited: a second request would be outside the user gesture), then subscribes.
   */
  const subscribeTo = (wanted: readonly Subscription[], sites: readonly string[]) =>
    act(async () => {
      if (!(await deps.requestAccess([...wanted.map((s) => s.feedUrl), ...sites]))) return say('subscribeDenied');
      say('subscribed', await deps.subscribe(wanted));
    });

  const addAddress = (event: Event) => {
    event.preventDefault();
    const url = address.trim();
    if (!URL.canParse(url)) return say('feedsFailed', url || '…');
    void act(async () => {
      if (!(await deps.requestAccess([url]))) return say('subscribeDenied');
      say('feedReading', url);
      setDiscovered([]);
      setArticleOrigins([]);
      const found = await deps.readAddress(url);
      if (found.kind === 'problem') return setStatus(found.message);
      if (found.kind === 'site') {
        setDiscovered(found.feeds);
        setDiscoveredOn(found.pageUrl);
        return setStatus('');
      }
      say('subscribed', await deps.subscribe([found.subscription]));
      // A typed feed's articles' sites are known only once it is read: the reader allows them with a second click.
      const elsewhere = found.articleOrigins.filter((origin) => origin !== new URL(url).origin);
      // Sites already allowed (by another feed, or by hand) need no button.
      const allowed = await Promise.all(elsewhere.map((origin) => deps.hasAccess(`${origin}/`)));
      setArticleOrigins(elsewhere.filter((_, i) => !allowed[i]));
      setAddress('');
    });
  };

  const allowArticles = (origin: string) =>
    act(async () => {
      if (!(await deps.requestAccess([`${origin}/`]))) return say('subscribeDenied');
      setArticleOrigins((origins) => origins.filter((o) => o !== origin));
      setAllowedNow((origins) => [...origins, origin]);
      say('articlesAllowed', origin);
    });

  const importOpml = async (file: File | undefined) => {
    if (!file) return;
    const result = parseOpml(await file.text());
    if (!result.ok) return setStatus(result.message);
    setImported(result.subscriptions);
    say('opmlRead', result.subscriptions.length);
  };

  const exportFeeds = () => act(async () => deps.download('outlet-diff-feeds.opml', 'text/x-opml', [await deps.exportOpml()]));

  const unsubscribe = (s: Subscription) =>
    act(async () => {
      await deps.unsubscribe(s.feedUrl);
      say('unsubscribed', feedName(s));
    });

  const refresh = () =>
    act(async () => {
      await deps.refreshNow();
      // A stopped run says so from the saved run itself (below), whoever started it.
      if (!(await deps.run())?.cancelled) say('feedsRefreshed', subscriptions.length);
    });

  /** Not an `act`: the refresh's own action is still under way (busy) while the reader stops it. */
  const cancel = async () => {
    setStopping(true);
    try {
      await deps.cancelRefresh();
    } catch (error) {
      say('feedsFailed', error instanceof Error ? error.message : String(error));
    } finally {
      setStopping(false);
    }
  };

  const offered = deps.catalogue.filter((entry) => entry.status !== 'dropped');

  return (
    <section class="feeds" id="feeds" aria-labelledby="feeds-heading" aria-busy={busy || run?.running}>
      <h2 id="feeds-heading">{t('feedsHeading')}</h2>
      <p>{t('feedsIntro')}</p>

      <h3>{t('subscribedHeading')}</h3>
      {subscriptions.length === 0 ? (
        <p>{t('noFeeds')}</p>
      ) : (
        <ul class="feed-list">
          {subscriptions.map((s) => {
            const last = statuses[s.feedUrl];
            return (
              <li key={s.feedUrl} data-testid={TEST_IDS.feedRow} data-feed-url={s.feedUrl}>
                <span>{feedName(s)}</span> <span class="muted">{s.feedUrl}</span>{' '}
                <span data-testid={TEST_IDS.feedStatus} data-error={last?.error ?? ''}>
                  {last ? t('feedLastFetched', [last.message, timeText(last.lastFetched)]) : t('feedNeverFetched')}
                </span>{' '}
                <button type="button" data-testid={TEST_IDS.feedUnsubscribe} aria-label={t('feedUnsubscribe', feedName(s))} disabled={busy} onClick={() => void unsubscribe(s)}>
                  {t('unsubscribeButton')}
                </button>
                {/* Items on a site nobody foresaw when subscribing were skipped: the reader may allow it here. */}
                {(last?.notAllowed ?? [])
                  .filter((origin) => !allowedNow.includes(origin))
                  .map((origin) => (
                    <button key={origin} type="button" data-testid={TEST_IDS.articlesAllow} data-feed-url={s.feedUrl} disabled={busy} onClick={() => void allowArticles(origin)}>
                      {t('articlesAllow', origin)}
                    </button>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" data-testid={TEST_IDS.feedsRefresh} disabled={busy || run?.running || subscriptions.length === 0} onClick={() => void refresh()}>
        {t('feedsRefresh')}
      </button>
      {run?.running && (
        <p>
          <progress data-testid={TEST_IDS.feedsProgress} aria-label={t('feedsProgressLabel')} value={run.done} max={Math.max(1, run.total)} /> {t('feedsRefreshing', [run.done, run.total])}{' '}
          <button type="button" data-testid={TEST_IDS.feedsCancel} aria-label={t('feedsCancelLabel')} disabled={stopping} onClick={() => void cancel()}>
            {t('feedsCancel')}
          </button>
        </p>
      )}
      {run && !run.running && run.cancelled && (
        <p data-testid={TEST_IDS.feedsCancelled} role="status">
          {t('feedsCancelled', [run.done, run.total])}
        </p>
      )}

      <form onSubmit={addAddress}>
        <label class="block">
          {t('feedAddressLabel')}
          <input type="url" data-testid={TEST_IDS.feedAddress} value={address} spellcheck={false} onInput={(e) => setAddress(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid={TEST_IDS.feedAdd} disabled={busy}>
          {t('feedAdd')}
        </button>
      </form>
      {discovered.length > 0 && (
        <div>
          <h3>{t('discoveredHeading')}</h3>
          {discovered.map((feed) => (
            <button key={feed.url} type="button" data-testid={TEST_IDS.discoveredSubscribe} disabled={busy} onClick={() => void subscribeTo([{ feedUrl: feed.url, ...(feed.title ? { title: feed.title } : {}) }], originOf(discoveredOn))}>
              {t('discoveredSubscribe', feed.title ?? feed.url)}
            </button>
          ))}
        </div>
      )}
      {articleOrigins.map((origin) => (
        <button key={origin} type="button" data-testid={TEST_IDS.articlesAllow} disabled={busy} onClick={() => void allowArticles(origin)}>
          {t('articlesAllow', origin)}
        </button>
      ))}

      <label class="block">
        {t('opmlImportLabel')}
        <input type="file" accept=".opml,.xml,text/x-opml,application/xml,text/xml" data-testid={TEST_IDS.opmlImport} disabled={busy} onChange={(e) => void importOpml(e.currentTarget.files?.[0])} />
      </label>
      {imported.length > 0 && (
        <button type="button" data-testid={TEST_IDS.opmlSubscribe} disabled={busy} onClick={() => void subscribeTo(imported, siteOrigins(imported)).then(() => setImported([]))}>
          {t('opmlSubscribe', imported.length)}
        </button>
      )}
      <button type="button" data-testid={TEST_IDS.opmlExport} disabled={busy || subscriptions.length === 0} onClick={() => void exportFeeds()}>
        {t('opmlExport')}
      </button>

      <h3>{t('catalogueHeading')}</h3>
      <table class="catalogue">
        <thead>
          <tr>
            <th scope="col">{t('catalogueOutlet')}</th>
            <th scope="col">{t('catalogueCountry')}</th>
            <th scope="col">{t('catalogueLanguage')}</th>
            <th scope="col">{t('catalogueLean')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {offered.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">
                {entry.outlet} {entry.status === 'unconfirmed' && <span class="muted">{t('catalogueUnconfirmed')}</span>}
              </th>
              <td>{entry.country}</td>
              <td>{entry.language}</td>
              <td>{entry.lean ?? ''}</td>
              <td>
                <button
                  type="button"
                  data-testid={TEST_IDS.catalogueSubscribe}
                  data-outlet={entry.id}
                  aria-label={t('catalogueSubscribe', entry.outlet)}
                  disabled={busy}
                  onClick={() => void subscribeTo(catalogueSubscriptions([entry.id], deps.catalogue), [entry.site])}
                >
                  {t('subscribeButton')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <p role="status" aria-live="polite" data-testid={TEST_IDS.feedsStatus}>
        {status}
      </p>
    </section>
  );
}
