import { QUOTE_KIND_MARKS } from '../lib/format/quote-kind-marks';
import { quoteSpeakers } from '../lib/format/quote-speakers';
import type { QuoteDiff } from '../lib/types';
import { visibleTokens } from '../lib/ui/visible-tokens';
import { Tokens } from './Tokens';
import { t } from './i18n';
import { TEST_IDS } from './test-ids';

/**
 * The remarks both outlets quote, each with its class in words after a sign (= identical, ✂ trimmed,
 * ≈ reworded: readable without colour), who said it, and then the quote once (identical), both quotes
 * with what each outlet leaves out (trimmed), or the word diff (reworded). Page text is rendered as text.
 */
export function QuoteList({ quotes, hideMinor }: { quotes: readonly QuoteDiff[]; hideMinor: boolean }) {
  if (!quotes.length) return null;
  return (
    <section data-testid={TEST_IDS.quotes} aria-label={t('quotesHeading')}>
      <h2>{t('quotesHeading')}</h2>
      <ul class="report-list">
        {quotes.map((q, i) => {
          const who = quoteSpeakers(q);
          return (
            <li key={i} data-group={q.group} data-quote-kind={q.kind} dir="auto">
              <span class="quote-kind">
                <span aria-hidden="true">{QUOTE_KIND_MARKS[q.kind]} </span>
                {t(`quote_${q.kind}`)}
              </span>
              {who && <span class="muted"> ({t('quoteSaidBy', who)})</span>}{' '}
              {q.kind === 'reworded' ? (
                <Tokens tokens={visibleTokens(q.tokens, hideMinor)} />
              ) : q.kind === 'identical' ? (
                <q>{q.a}</q>
              ) : (
                <>
                  <q>{q.a}</q> / <q>{q.b}</q>
                  {q.cut.a.map((x, j) => (
                    <span key={`a${j}`} class="quote-cut" data-cut="a">
                      {' '}
                      {t('quoteCutByThis')} <q>{x}</q>
                    </span>
                  ))}
                  {q.cut.b.map((x, j) => (
                    <span key={`b${j}`} class="quote-cut" data-cut="b">
                      {' '}
                      {t('quoteCutByOther')} <q>{x}</q>
                    </span>
                  ))}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
