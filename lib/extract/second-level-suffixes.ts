/**
 * Public suffixes of two labels under which news sites register their names ("bbc.co.uk",
 * "smh.com.au"), so the outlet name is the label before them. A short list of the common ones,
 * not the full Public Suffix List: an unknown suffix only makes the fallback name less pretty.
 */
export const SECOND_LEVEL_SUFFIXES: readonly string[] = [
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'me.uk',
  'com.au', 'net.au', 'org.au', 'gov.au', 'co.nz', 'org.nz', 'govt.nz',
  'co.in', 'net.in', 'org.in', 'gov.in', 'co.jp', 'ne.jp', 'or.jp', 'co.kr', 'or.kr',
  'com.br', 'com.ar', 'com.mx', 'com.co', 'com.pe', 'com.tr', 'com.cn', 'com.hk', 'com.tw', 'com.sg', 'com.my',
  'com.pk', 'com.ng', 'com.eg', 'com.sa', 'co.za', 'co.ke', 'co.il', 'co.id', 'com.ph', 'com.ua', 'com.pl',
];
