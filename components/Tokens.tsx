import type { DiffToken } from '../lib/types';
import { t } from './i18n';

/**
 * A word diff as text: this outlet's own words (op `delete`, see lib/types.ts) in <ins>, the other
 * outlet's (op `insert`) in <del>, each with a hidden label for screen readers. Leading whitespace stays
 * outside the mark so an underline starts at the word. Text is always a Preact child, never markup.
 */
export function Tokens({ tokens }: { tokens: readonly DiffToken[] }) {
  return (
    <>
      {tokens.map((token, i) => {
        if (token.op === 'equal') return token.text;
        const lead = /^\s*/.exec(token.text)?.[0] ?? '';
        const body = token.text.slice(lead.length);
        if (!body) return lead;
        const minor = token.minor ? ' minor' : '';
        return (
          <span key={i}>
            {lead}
            {token.op === 'delete' ? (
              <ins class={`own${minor}`} data-minor={token.minor ? 'true' : undefined}>
                <span class="sr-only">{t('onlyThis')} </span>
                {body}
              </ins>
            ) : (
              <del class={`other${minor}`} data-minor={token.minor ? 'true' : undefined}>
                <span class="sr-only">{t('onlyOther')} </span>
                {body}
              </del>
            )}
          </span>
        );
      })}
    </>
  );
}
