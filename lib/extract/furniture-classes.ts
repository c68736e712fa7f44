/**
 * Page furniture in the DOM, as DATA: the tags, ARIA roles and class/id words that mark navigation,
 * captions, credits, share bars, newsletter boxes, related-link rails and comment sections. Used to
 * remove those blocks from a clone of the page before Readability scores it.
 */

/** Elements that are never article text. */
export const FURNITURE_TAGS: readonly string[] = ['nav', 'aside', 'footer', 'figcaption', 'button', 'dialog', 'template'];

/** Landmark and widget roles that are never article text. */
export const FURNITURE_ROLES: readonly string[] = ['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar'];

/**
 * Words in a class or id that mark furniture. Matched as whole words of the name split on spaces,
 * hyphens and underscores ("article-related-links" has "related"), never inside longer words
 * ("unrelated", "address"), and case-insensitively.
 */
export const FURNITURE_CLASS_WORDS: readonly string[] = [
  'share', 'sharing', 'social', 'newsletter', 'signup', 'subscribe', 'subscription',
  'related', 'recommended', 'recommendations', 'recirc', 'outbrain', 'taboola', 'promo', 'cta',
  'advert', 'advertisement', 'ad', 'ads', 'adslot', 'sponsor', 'sponsored',
  'caption', 'credit', 'credits', 'byline', 'bio', 'timestamp', 'dateline',
  'tags', 'comments', 'comment', 'disqus', 'popular', 'trending', 'rail', 'sidebar',
  'breadcrumb', 'breadcrumbs', 'topnav', 'navbar', 'menu', 'toolbar', 'cookie', 'cookies', 'gallery',
  // Image and photo boxes hold no prose, only the caption and the credit under the picture.
  'image', 'img', 'photo',
];


/** Words that, after a furniture word in a class name, mark the article inside a layout ("rail__body"). */
export const ARTICLE_CLASS_WORDS: readonly string[] = ['article', 'body', 'content', 'main', 'story', 'entry', 'text', 'column'];
