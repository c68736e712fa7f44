/**
 * How a feed item's guid is filed: with its feed's address. The RSS spec asks for globally unique guids,
 * but many feeds number their items ("1", "2", …), so two feeds' item 41 are two items. A feed address
 * has no space, so the key cannot be read two ways.
 * @example guidKey('https://coast.test/rss', '41') // -> 'https://coast.test/rss 41'
 */
export function guidKey(feedUrl: string, guid: string): string {
  return `${feedUrl} ${guid}`;
}
