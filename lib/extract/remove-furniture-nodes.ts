import { ARTICLE_CLASS_WORDS, FURNITURE_CLASS_WORDS, FURNITURE_ROLES, FURNITURE_TAGS } from './furniture-classes';

const TAGS = new Set(FURNITURE_TAGS);
const ROLES = new Set(FURNITURE_ROLES);
const WORDS = new Set(FURNITURE_CLASS_WORDS);
const ARTICLE = new Set(ARTICLE_CLASS_WORDS);
/** Class names are split into words on hyphens, underscores and camelCase humps. */
const NAME_SPLIT = /[_-]+|(?<=[a-z])(?=[A-Z])/;
/** A block holding this many runs of prose is the article (or wraps it), whatever its class says. */
const ARTICLE_PARAGRAPHS = 3;
const ARTICLE_PARAGRAPH_CHARS = 120;
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'a', 'button', 'select', 'svg']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * A class or id names furniture when one of its names has a furniture word not followed by an
 * article word: "article__caption" is a caption, "rail__body" is the body inside a rail layout.
 */
function isFurnitureName(value: string | null): boolean {
  if (!value) return false;
  return value.split(/\s+/).some((name) => {
    const words = name.split(NAME_SPLIT).map((word) => word.toLowerCase());
    const last = words.findLastIndex((word) => WORDS.has(word));
    return last !== -1 && !words.slice(last + 1).some((word) => ARTICLE.has(word));
  });
}

/**
 * True when the element carries enough prose to be (or wrap) the article itself: elements whose own
 * text (outside links and scripts) is paragraph-long. Own text rather than <p>s, because some sites
 * write paragraphs as <div>s and links split a paragraph's text into short runs.
 */
function holdsArticle(element: Element): boolean {
  let long = 0;
  const visit = (node: Node): boolean => {
    let own = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) own += (child.nodeValue ?? '').trim().length;
      else if (child.nodeType === ELEMENT_NODE && !NOT_PROSE.has((child as Element).tagName.toLowerCase()) && visit(child)) return true;
    }
    return own >= ARTICLE_PARAGRAPH_CHARS && ++long >= ARTICLE_PARAGRAPHS;
  };
  return visit(element);
}

/**
 * Removes page furniture from a document (a clone: this mutates it) by tag, ARIA role and class/id
 * words — navigation, captions, credits, share and newsletter boxes, related rails, comments — so
 * Readability neither scores it nor keeps it. A block holding several real paragraphs is kept
 * whatever its name, because page wrappers are often named after their sidebars ("with-rail").
 * @example removeFurnitureNodes(clone) // -> 12 (elements removed)
 */
export function removeFurnitureNodes(doc: Document): number {
  let removed = 0;
  const body = doc.body;
  if (!body) return 0;
  for (const element of body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    const role = element.getAttribute('role');
    const furniture =
      TAGS.has(tag) || (role !== null && ROLES.has(role)) || isFurnitureName(element.getAttribute('class')) || isFurnitureName(element.getAttribute('id'));
    if (!furniture || !element.parentNode || holdsArticle(element)) continue;
    element.parentNode.removeChild(element);
    removed++;
  }
  return removed;
}
