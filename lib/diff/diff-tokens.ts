import { diffArrays } from 'diff';
import { tokenize } from '../text/tokenize';
import type { DiffToken, TokenOp } from '../types';

interface Piece {
  /** Whitespace before the token in its own text. */
  space: string;
  text: string;
}

/** Non-space tokens, each carrying the whitespace before it, so the diff sees words and punctuation only. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let space = '';
  for (const token of tokenize(text)) {
    if (token.kind === 'space') space += token.text;
    else {
      out.push({ space, text: token.text });
      space = '';
    }
  }
  if (space) out.push({ space, text: '' });
  return out;
}

/**
 * Word diff of two texts with jsdiff over word and punctuation tokens (punctuation is a token of its
 * own, so "said," and "said" share the word). Whitespace rides along with the token after it; where
 * the two texts space an equal token differently, the spacing is a minor change of its own. Adjacent
 * tokens with the same op are merged. Equal + delete tokens rebuild `a`; equal + insert rebuild `b`.
 * @example diffTokens('We greatly appreciate', 'We highly appreciate')
 * // -> [{op:'equal',text:'We'},{op:'delete',text:' greatly'},{op:'insert',text:' highly'},{op:'equal',text:' appreciate'}]
 */
export function diffTokens(a: string, b: string): DiffToken[] {
  const pa = pieces(a);
  const pb = pieces(b);
  const out: DiffToken[] = [];
  const push = (op: TokenOp, text: string, minor = false) => {
    if (!text) return;
    const last = out.at(-1);
    if (last && last.op === op && Boolean(last.minor) === minor) last.text += text;
    else out.push(minor ? { op, text, minor } : { op, text });
  };
  let ia = 0;
  let ib = 0;
  for (const change of diffArrays(
    pa.map((p) => p.text),
    pb.map((p) => p.text),
  )) {
    const count = change.value.length;
    for (let k = 0; k < count; k++) {
      if (change.added) {
        const p = pb[ib++] as Piece;
        push('insert', p.space + p.text);
      } else if (change.removed) {
        const p = pa[ia++] as Piece;
        push('delete', p.space + p.text);
      } else {
        const x = pa[ia++] as Piece;
        const y = pb[ib++] as Piece;
        if (x.space !== y.space) {
          push('delete', x.space, true);
          push('insert', y.space, true);
        } else push('equal', x.space);
        push('equal', x.text);
      }
    }
  }
  return out;
}
