import { useEffect, useState } from 'preact/hooks';
import type { LinkRead } from '../lib/sources/read-link';
import type { Article } from '../lib/types';
import { t } from './i18n';
import { linkProblemText } from './link-problem-text';
import { TEST_IDS } from './test-ids';

/** What reading a linked page needs from the browser, passed in so the view is testable without one. */
export interface LinkDeps {
  /** Whether the reader already allowed the link's site (never asks). */
  hasAccess: (url: string) => Promise<boolean>;
  /** Asks for the link's site; called first thing in a click (the browsers require a user gesture). */
  requestAccess: (url: string) => Promise<boolean>;
  /** Fetches the page under the network rules and extracts its article. */
  read: (url: string) => Promise<LinkRead>;
  /** Keeps the article in the reader's corpus (source "link"). */
  keep: (article: Article) => Promise<unknown>;
}

type State = { kind: 'checking' | 'ask' | 'reading' } | { kind: 'done' | 'failed' | 'denied'; text: string };

const hostOf = (url: string) => (URL.canParse(url) ? new URL(url).host : url);

/**
 * A linked page on its way into the side-by-side view: read at once when its site is allowed, else an
 * "Allow access to <site>" button (the request needs the reader's click); then one line saying what
 * came of it. The article goes to `onArticle` and into the corpus.
 */
export function LinkPanel({ link, deps, onArticle }: { link: string; deps: LinkDeps; onArticle: (article: Article) => void }) {
  const [state, setState] = useState<State>({ kind: 'checking' });
  const host = hostOf(link);

  const read = async () => {
    setState({ kind: 'reading' });
    const result = await deps.read(link).catch((error: unknown): LinkRead => ({ ok: false, problem: { kind: 'network', url: link, message: String(error) } }));
    if (!result.ok) return setState({ kind: 'failed', text: linkProblemText(result.problem) });
    // Shown even when the store refuses it: the comparison does not depend on keeping it.
    const kept = await deps.keep(result.article).then(
      () => true,
      () => false,
    );
    onArticle(result.article);
    setState({ kind: 'done', text: t(kept ? 'linkAdded' : 'linkAddedNotKept', result.article.outlet) });
  };

  useEffect(() => {
    deps.hasAccess(link).then(
      (allowed) => (allowed ? read() : setState({ kind: 'ask' })),
      () => setState({ kind: 'ask' }),
    );
    // Once per link: `read` is recreated each render but only ever reads this link.
  }, [link, deps]);

  const allow = async () => {
    // First thing in the click: a request after an await loses the user gesture.
    const granted = await deps.requestAccess(link).catch(() => false);
    if (!granted) return setState({ kind: 'denied', text: linkProblemText({ kind: 'not-granted', url: link, origin: host }) });
    await read();
  };

  const text = 'text' in state ? state.text : state.kind === 'ask' ? t('linkAllowWhy', host) : t('linkReading', host);
  return (
    <section class="link-panel no-print" data-testid={TEST_IDS.linkPanel} data-state={state.kind} aria-busy={state.kind === 'checking' || state.kind === 'reading'}>
      <p role="status" aria-live="polite" data-testid={TEST_IDS.linkStatus}>
        {text}
      </p>
      {(state.kind === 'ask' || state.kind === 'denied') && (
        <button type="button" data-testid={TEST_IDS.linkAllow} onClick={allow}>
          {t('linkAllow', host)}
        </button>
      )}
    </section>
  );
}
