import type { DiffToken } from '../lib/types';
import { t } from './i18n';

/**
 * A word diff as text: this outlet's own words (op `delete`, see lib/types.ts) in <ins>, the other
 * outlet's (op `insert`) in <del>, each with a hidden label for screen readers. Surrounding whitespace
 * stays outside the mark so an underline starts and ends at a word. Text is always a Preact child, never markup.
 */
export function Tokens({ tokens }: { tokens: readonly DiffToken[] }) {
  return (
    <>
      {tokens.map((token, i) => {
        if (token.op === 'equal') return token.text;
        const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(token.text) ?? [];
        if (!body) return token.text;
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
            {trail}
          </span>
        );
      })}
    </>
  );
}
