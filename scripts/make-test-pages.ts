/**
 * `npx tsx scripts/make-test-pages.ts`: writes the fixture news pages of the browser tests and the demo
 * to tests/browser/pages/ (committed; rerun after changing corpus/ or this script; tests/browser checks
 * the committed pages are current).
 *
 * - one page per corpus article: the cleaned article text (the same text the bundled corpus holds) as
 *   <article>/<h1>/<p>/<ul>/<h2>, wrapped in the furniture of a real news site (nav, breadcrumbs, share
 *   buttons, ads, related links, newsletter box, comments, footer) and its metadata (og:*, JSON-LD);
 * - an unrelated news article (another story, written for these tests);
 * - non-article pages: a home page and a search-results page, made of many links;
 * - reliability pages: a huge article, an Arabic (RTL) article, a Chinese article, an article inside
 *   an iframe, an AMP-style article, an empty page, an article made mostly of quotes, and an article
 *   whose own inline script keeps rewriting and appending paragraphs while it is read. (The 5 MB page
 *   and the PDF of the bad-page tests are made at serve time: tests/browser/bad-pages.e2e.ts.)
 *
 * Every page is self-contained: no script, stylesheet, image or font from any other host.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpusArticles } from './build-corpus';

export const PAGES_DIR = join(import.meta.dirname, '..', 'tests', 'browser', 'pages');

/** What the tests know about each page; written to pages/pages.json. */
export interface PageInfo {
  /** Path under the server root, e.g. "/outlet-a/world/….html". */
  path: string;
  kind: 'corpus-article' | 'unrelated-article' | 'not-article' | 'huge-article' | 'rtl-article' | 'cjk-article' | 'framed-article' | 'amp-article' | 'empty-page' | 'quotes-article' | 'changing-article';
  title: string;
  outlet?: string;
  /** For corpus-article pages: the corpus article id the page carries. */
  corpusId?: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/** A line of cleaned article text is a subhead when it is short and ends without sentence punctuation. */
const isSubhead = (line: string) => line.length < 100 && !/[.!?”"’:)]$/.test(line) && !line.startsWith('- ');

/** Cleaned article text (paragraphs split by blank lines, "- " bullets) to article body HTML. */
export function bodyHtml(text: string): string {
  const out: string[] = [];
  for (const block of text.split(/\n{2,}/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    if (lines.every((l) => l.startsWith('- '))) {
      out.push(`<ul>\n${lines.map((l) => `  <li>${escapeHtml(l.slice(2))}</li>`).join('\n')}\n</ul>`);
    } else if (lines.length === 1 && isSubhead(lines[0]!)) {
      out.push(`<h2>${escapeHtml(lines[0]!)}</h2>`);
    } else {
      out.push(`<p>${escapeHtml(lines.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

interface Site {
  name: string;
  section: string;
  accent: string;
}

const STYLE = (accent: string) => `
  body { margin: 0; font: 16px/1.55 Georgia, serif; color: #1b1b1b; background: #fafaf7; }
  header.site { background: ${accent}; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: center; }
  header.site a { color: #fff; text-decoration: none; font: 600 14px system-ui, sans-serif; }
  .logo { font: 700 22px system-ui, sans-serif; }
  nav.breadcrumbs { font: 13px system-ui, sans-serif; padding: 8px 24px; color: #555; }
  .layout { display: grid; grid-template-columns: minmax(0, 680px) 300px; gap: 32px; padding: 0 24px; }
  article h1 { font-size: 34px; line-height: 1.2; margin: 12px 0; }
  .byline, .dateline-meta { font: 13px system-ui, sans-serif; color: #555; }
  .share { display: flex; gap: 8px; margin: 12px 0; }
  .share button { font: 12px system-ui, sans-serif; border: 1px solid #ccc; background: #fff; padding: 4px 10px; border-radius: 3px; }
  .ad { background: #eee; border: 1px dashed #bbb; color: #888; font: 11px system-ui, sans-serif; text-align: center; padding: 28px 0; margin: 18px 0; }
  figure { margin: 16px 0; } figure svg { width: 100%; height: auto; display: block; }
  figcaption { font: 12px system-ui, sans-serif; color: #666; }
  aside.related { border-top: 3px solid ${accent}; padding-top: 8px; font: 14px system-ui, sans-serif; }
  aside.related li { margin: 8px 0; }
  .newsletter { background: #f0efe8; padding: 12px; font: 14px system-ui, sans-serif; margin: 18px 0; }
  section.comments { border-top: 1px solid #ddd; margin-top: 24px; font: 14px system-ui, sans-serif; }
  .comment { margin: 12px 0; } .comment b { display: block; }
  footer.site { margin-top: 40px; padding: 24px; background: #222; color: #ccc; font: 13px system-ui, sans-serif; }
  footer.site a { color: #ccc; margin-right: 14px; }
`;

const NAV = ['Home', 'World', 'Politics', 'Business', 'Technology', 'Science', 'Sport', 'Culture', 'Opinion', 'Video'];

const RELATED = [
  'Central bank holds rates as inflation eases for a third month',
  'Heatwave warning issued for the south as temperatures climb',
  'Election commission publishes final list of candidates',
  'Tech giant fined over data transfers, appeals the ruling',
  'Football: late penalty settles the derby in front of 60,000',
];

const COMMENTS = [
  ['ravenwood_77', 'Interesting read. I wonder how the neighbours will respond to this.'],
  ['M. Okafor', 'The photos from the airport were something else. Thanks for the coverage.'],
  ['quietreader', 'Would like to see more context on the sanctions in a follow-up piece.'],
];

const placeholderImage = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 300" role="img" aria-label="${escapeHtml(label)}"><rect width="680" height="300" fill="#c9cfd6"/><circle cx="340" cy="150" r="60" fill="#aab3bd"/></svg>`;

interface ArticlePageOptions {
  site: Site;
  title: string;
  body: string;
  url: string;
  lang?: string;
  dir?: 'rtl' | 'ltr';
  published?: string;
  byline?: string;
  description?: string;
  /** Extra attributes on <html> (AMP). */
  htmlAttributes?: string;
  /** Labels of the page furniture, in the page's language. */
  labels?: Partial<typeof ENGLISH_LABELS>;
}

const ENGLISH_LABELS = {
  advertisement: 'Advertisement',
  share: ['Share on X', 'Share on Facebook', 'Email', 'Copy link'],
  related: 'Related stories',
  newsletter: 'Get the morning briefing in your inbox every day.',
  subscribe: 'Sign up',
  comments: 'Comments',
  caption: 'Photo: Agency pool. Illustration only.',
  footer: ['About us', 'Contact', 'Privacy policy', 'Terms of use', 'Cookie settings', 'Advertise'],
  rights: 'All rights reserved.',
};

export function articlePage(o: ArticlePageOptions): string {
  const { site } = o;
  const labels = { ...ENGLISH_LABELS, ...o.labels };
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: o.title,
    ...(o.published ? { datePublished: o.published } : {}),
    ...(o.byline ? { author: { '@type': 'Person', name: o.byline } } : {}),
    publisher: { '@type': 'Organization', name: site.name },
    mainEntityOfPage: o.url,
  };
  return `<!doctype html>
<html lang="${o.lang ?? 'en'}"${o.dir ? ` dir="${o.dir}"` : ''}${o.htmlAttributes ? ` ${o.htmlAttributes}` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)} | ${escapeHtml(site.name)}</title>
<meta name="description" content="${escapeHtml(o.description ?? o.title)}">
<meta property="og:site_name" content="${escapeHtml(site.name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(o.title)}">
<meta property="og:url" content="${escapeHtml(o.url)}">
${o.published ? `<meta property="article:published_time" content="${o.published}">\n` : ''}${o.byline ? `<meta name="author" content="${escapeHtml(o.byline)}">\n` : ''}<link rel="canonical" href="${escapeHtml(o.url)}">
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>
<style>${STYLE(site.accent)}</style>
</head>
<body>
<header class="site">
  <a class="logo" href="/">${escapeHtml(site.name)}</a>
  <nav aria-label="Sections">${NAV.map((n) => `<a href="/section/${slug(n)}.html">${n}</a>`).join(' ')}</nav>
  <form role="search" action="/search.html"><input type="search" name="q" placeholder="Search"></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/section/${slug(site.section)}.html">${escapeHtml(site.section)}</a> › <span>${escapeHtml(o.title.slice(0, 40))}…</span></nav>
<div class="ad" role="complementary" aria-label="${labels.advertisement}">${labels.advertisement}</div>
<div class="layout">
<main>
<article>
<h1>${escapeHtml(o.title)}</h1>
<p class="byline">${o.byline ? `By <a rel="author" href="/authors/${slug(o.byline)}.html">${escapeHtml(o.byline)}</a>` : escapeHtml(site.name)}${o.published ? ` · <time datetime="${o.published}">${o.published}</time>` : ''}</p>
<div class="share">${labels.share.map((s) => `<button type="button">${s}</button>`).join('')}</div>
<figure>${placeholderImage(o.title)}<figcaption>${labels.caption}</figcaption></figure>
<div class="article-body">
${o.body}
</div>
<div class="share">${labels.share.map((s) => `<button type="button">${s}</button>`).join('')}</div>
</article>
<div class="ad" role="complementary" aria-label="${labels.advertisement}">${labels.advertisement}</div>
<section class="comments" id="comments">
<h3>${labels.comments} (${COMMENTS.length})</h3>
${COMMENTS.map(([who, what]) => `<div class="comment"><b>${escapeHtml(who!)}</b><span>${escapeHtml(what!)}</span> <a href="#comments">Reply</a></div>`).join('\n')}
<form><textarea aria-label="Your comment"></textarea><button type="button">Post comment</button></form>
</section>
</main>
<aside class="related" aria-label="${labels.related}">
<h3>${labels.related}</h3>
<ul>${RELATED.map((r) => `<li><a href="/news/${slug(r)}.html">${escapeHtml(r)}</a></li>`).join('')}</ul>
<div class="ad" role="complementary">${labels.advertisement}</div>
<div class="newsletter"><p>${labels.newsletter}</p><form><input type="email" aria-label="Email"><button type="button">${labels.subscribe}</button></form></div>
</aside>
</div>
<footer class="site">
<p>${labels.footer.map((f) => `<a href="/${slug(f) || 'page'}.html">${f}</a>`).join('')}</p>
<p>© 2024 ${escapeHtml(site.name)}. ${labels.rights}</p>
</footer>
</body>
</html>
`;
}

const SITES: Record<string, Site> = {
  '000': { name: 'Outlet A', section: 'World', accent: '#7a1f1f' },
  '001': { name: 'Outlet B', section: 'World', accent: '#1f3a7a' },
  '002': { name: 'Asian Lite News', section: 'Top News', accent: '#0d5c4a' },
  '003': { name: 'Hindustan Times', section: 'World News', accent: '#00508f' },
  '004': { name: 'Outlet E', section: 'International', accent: '#5a2a82' },
};

/** The unrelated story: written for these tests; no corpus article is about it. */
export const UNRELATED = {
  title: 'Flash floods cut Valdera rail line as river bursts its banks for the second time this year',
  site: { name: 'The Valdera Courier', section: 'Regional', accent: '#2e5e2e' } satisfies Site,
  byline: 'Marta Keller',
  published: '2024-10-03',
  text: [
    'Engineers expect the line between Valdera and Costamara to stay closed until at least next Thursday after the River Lenna burst its banks overnight, washing away a section of embankment near the old mill crossing.',
    'More than 140 millimetres of rain fell on the upper valley in eighteen hours, according to the regional weather office, which had issued an amber warning on Tuesday afternoon. By midnight the river gauge at Ponte Rosso stood at 4.2 metres, its highest reading since records began in 1961.',
    'Rail operator Ferrovie Valdera said replacement buses would run every half hour from the station forecourt, adding about forty minutes to the journey. Commuters queued in steady rain on Wednesday morning as the first coaches arrived late.',
    'Damage to the track',
    'Inspectors who walked the line at first light found roughly sixty metres of ballast missing and two signal cabinets under water. A spokesperson for the network owner said the steel rails themselves appeared sound, but the embankment would have to be rebuilt and compacted before trains could run at full speed.',
    '“We will not reopen the line until we are certain it is safe, and that means waiting for the water to go down,” the spokesperson said.',
    'Homes and businesses evacuated',
    'In the lower town, firefighters helped about ninety residents leave their homes by boat. The municipal sports hall has been opened as a shelter, and volunteers from the parish handed out blankets and hot meals through the night.',
    'Shopkeepers on Via Garibaldi said the flood came faster than in March, when the river last overflowed. Several asked why flood barriers promised after that event had not yet been installed. The mayor, Elena Brusca, said the contract had been signed in August and work would begin before winter.',
    'Forecasters expect drier weather from Friday, although another band of rain could reach the valley early next week.',
  ].join('\n\n'),
};

/** A second outlet's report of the unrelated story, for import tests (a valid corpus pack carries it). */
export const UNRELATED_OTHER_OUTLET = {
  id: 'e2e-valdera-flood-gazette',
  outlet: 'Costamara Gazette',
  title: 'River Lenna floods close Valdera–Costamara railway for a week',
  published: '2024-10-03',
  lang: 'en',
  text: [
    'The railway between Valdera and Costamara will stay shut for at least a week after the River Lenna overflowed during the night and swept away part of an embankment close to the old mill crossing.',
    'The regional weather office measured more than 140 millimetres of rain in the upper valley within eighteen hours. The river gauge at Ponte Rosso reached 4.2 metres, the highest level since 1961.',
    'Ferrovie Valdera is running replacement buses every thirty minutes from the station, and passengers should allow an extra forty minutes for the trip.',
    'Inspectors found about sixty metres of ballast washed away and two signal cabinets flooded. The embankment must be rebuilt before services resume, the network owner said.',
    'About ninety people were taken from their homes in the lower town by boat and spent the night in the municipal sports hall.',
    'Mayor Elena Brusca said work on new flood barriers would start before winter, after traders complained that defences promised in March were still missing.',
  ].join('\n\n'),
};

const HOME_HEADLINES = [
  ['World', ['Leaders meet for a second day of climate talks', 'Ceasefire holds in the north as aid convoys move', 'Protests continue in the capital over fuel prices', 'Foreign ministers agree on a new trade framework']],
  ['Business', ['Shares rise as chipmakers report strong orders', 'Airline cuts winter routes after fuel costs climb', 'Retail sales fall for the second month in a row', 'Start-up raises funding for battery recycling plant']],
  ['Sport', ['Champions open their title defence with a draw', 'Marathon record falls on a cool morning in the city', 'Tennis: qualifier reaches the quarter-finals', 'Cycling team names its squad for the spring classics']],
  ['Culture', ['Museum reopens its modern art wing after repairs', 'Film festival announces this year’s jury', 'Bestselling novelist returns with a thriller', 'Orchestra plans a free concert in the park']],
  ['Science', ['Telescope captures a star being born', 'New species of frog found in the cloud forest', 'Researchers map the seabed off the coast', 'Vaccine trial enters its final phase']],
] as const;

/**
 * The home page's lead teaser: a short summary of the corpus story (not an article by itself; a reader
 * can select it and compare the selection).
 */
export const HOME_TEASER = {
  headline: 'Putin lands in Pyongyang',
  text: 'Russian President Vladimir Putin has arrived in North Korea for his first visit in 24 years. North Korean leader Kim Jong Un greeted him at Pyongyang airport before dawn, and the two leaders are expected to sign a partnership agreement covering security and trade.',
};

function linkListPage(title: string, intro: string, sections: readonly (readonly [string, readonly string[]])[], searchQuery?: string, teaser?: typeof HOME_TEASER): string {
  const site: Site = { name: 'The Daily Meridian', section: 'Home', accent: '#333366' };
  const list = sections
    .map(
      ([section, items]) => `<section class="rail"><h2><a href="/section/${slug(section)}.html">${section}</a></h2>
<ul>${items.map((h) => `<li><a href="/news/${slug(h)}.html">${escapeHtml(h)}</a> <span class="time">2 hours ago</span></li>`).join('\n')}</ul></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta property="og:site_name" content="${site.name}">
<meta property="og:type" content="website">
<style>${STYLE(site.accent)} .rail { margin: 16px 24px; } .rail li { margin: 6px 0; } .time { color: #888; font-size: 12px; }</style>
</head>
<body>
<header class="site">
  <a class="logo" href="/">${site.name}</a>
  <nav aria-label="Sections">${NAV.map((n) => `<a href="/section/${slug(n)}.html">${n}</a>`).join(' ')}</nav>
  <form role="search" action="/search.html"><input type="search" name="q" value="${escapeHtml(searchQuery ?? '')}" placeholder="Search"></form>
</header>
<div class="ad">Advertisement</div>
<h1 style="margin: 16px 24px">${escapeHtml(intro)}</h1>
${teaser ? `<section class="rail teaser" id="lead"><h2><a href="/news/${slug(teaser.headline)}.html">${escapeHtml(teaser.headline)}</a></h2><p id="lead-summary">${escapeHtml(teaser.text)}</p></section>\n` : ''}${list}
<nav class="pagination" style="margin: 16px 24px"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next ›</a></nav>
<footer class="site"><p>${ENGLISH_LABELS.footer.map((f) => `<a href="/${slug(f)}.html">${f}</a>`).join('')}</p><p>© 2024 ${site.name}</p></footer>
</body>
</html>
`;
}

/** A long article (about 20,000 words) made of varied paragraphs about a fictional city budget. */
function hugeText(): string {
  const subjects = ['The council', 'The finance committee', 'The opposition group', 'The city treasurer', 'A residents’ association', 'The transport authority', 'The schools board', 'The auditor'];
  const verbs = ['proposed', 'questioned', 'welcomed', 'rejected', 'amended', 'postponed', 'approved', 'criticised'];
  const objects = ['the plan to resurface the ring road', 'a new grant for community libraries', 'higher parking charges in the centre', 'the sale of the old bus depot', 'extra funding for winter gritting', 'a freeze on hiring at the town hall', 'the renovation of the swimming baths', 'cuts to the arts budget'];
  const paragraphs: string[] = [];
  for (let i = 0; i < 700; i++) {
    const s = subjects[i % subjects.length]!;
    const v = verbs[(i * 3) % verbs.length]!;
    const o = objects[(i * 5) % objects.length]!;
    const year = 2010 + (i % 14);
    paragraphs.push(
      `${s} ${v} ${o} at session ${i + 1}, citing figures from ${year}. Members spent ${(i % 50) + 10} minutes on item ${i + 1}, and the minutes record ${(i % 7) + 2} speakers.`,
    );
    if (i % 60 === 59) paragraphs.push(`Session block ${Math.floor(i / 60) + 1}`);
  }
  return paragraphs.join('\n\n');
}

const ARABIC = {
  title: 'افتتاح مكتبة عامة جديدة في وسط المدينة بعد ثلاث سنوات من الأعمال',
  text: [
    'افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة، بعد ثلاث سنوات من أعمال البناء والتجهيز، بحضور عدد كبير من السكان والطلاب.',
    'وتضم المكتبة أكثر من أربعين ألف كتاب باللغتين العربية والإنجليزية، إضافة إلى قاعة للقراءة تتسع لمئتي شخص وركن خاص للأطفال.',
    'وقال رئيس البلدية في كلمة خلال حفل الافتتاح إن المشروع يهدف إلى تشجيع القراءة بين الشباب وتوفير مكان هادئ للدراسة مفتوح طوال أيام الأسبوع.',
    'وأضاف أن المكتبة ستنظم ورشات أسبوعية في الكتابة والرسم، وأن الدخول إليها سيكون مجانيا لجميع السكان.',
    'وعبر عدد من الزوار عن سعادتهم بالمبنى الجديد، مشيرين إلى أن المدينة كانت تفتقر منذ سنوات إلى مكتبة حديثة.',
  ].join('\n\n'),
};

const CHINESE = {
  title: '城市新图书馆今日开馆 藏书逾四万册',
  text: [
    '经过三年的建设，市中心的新公共图书馆于今天上午正式开馆。开馆仪式在图书馆前的广场上举行，许多市民、学生和附近学校的老师一早就来到现场排队参观，广场周围的街道也因此短暂实行了交通管制。',
    '据介绍，新图书馆共有五层，总建筑面积约一万两千平方米，藏书四万余册，其中包括中文、英文和其他多种语言的图书和期刊。馆内设有可容纳两百人的阅览室、多个小型讨论室、一个儿童阅读区和一个专门收藏本地历史资料的地方文献室，并为读者提供免费无线网络和电子阅读设备。',
    '市长在开馆仪式上致辞时表示，这一项目旨在鼓励年轻人多读书、读好书，为市民提供一个安静舒适的学习和交流场所。他说，图书馆每周七天开放，工作日晚上将延长开放时间到九点，方便上班族在下班后前来借阅。',
    '他还宣布，图书馆将每周举办写作、绘画和摄影工作坊，并定期邀请作家和学者举办讲座，所有市民均可凭身份证件免费办理借书证，免费入馆。',
    '负责设计的建筑师说，新馆大量使用自然采光，屋顶安装了太阳能板，预计每年可节省约三成的用电量。',
    '不少参观者表示，城市多年来一直缺少一座现代化的图书馆，过去只能到邻近城市借书，新馆的落成令人高兴。一位带着孩子前来的母亲说，她打算以后每个周末都带孩子来这里看书。',
  ].join('\n\n'),
};

/**
 * An article made mostly of quotations: a lead sentence, then block quotes and quoted paragraphs (an
 * invented story about the same valley as UNRELATED, not covered by the corpus).
 */
export const QUOTES = {
  title: 'Valdera flood: in their own words, residents describe the night the river came in',
  site: { name: 'The Valdera Courier', section: 'Regional', accent: '#2e5e2e' } satisfies Site,
  byline: 'Marta Keller',
  published: '2024-10-04',
  body: [
    `<p>${escapeHtml('We asked people in the lower town what they saw when the River Lenna rose on Tuesday night.')}</p>`,
    ...[
      ['Giulia Ferri, baker', '“The water came under the shop door at about half past eleven. By midnight it was up to the ovens, and all we could do was carry the flour sacks upstairs and wait for the firefighters.”'],
      ['Paolo Conti, retired signalman', '“I worked on that line for thirty years and I have never seen the embankment move like that. You could hear the ballast going, a sound like gravel in a mixer, long before you could see anything.”'],
      ['Anna Rossi, teacher', '“The children kept asking whether the school would float away. We told them stories in the sports hall until they fell asleep on the mats, and at six the parents started to arrive with dry clothes.”'],
      ['Marco Bellini, firefighter', '“We took ninety people out by boat. Most of them had packed a bag already; they remembered March. The hardest part was persuading the older residents to leave their animals behind.”'],
      ['Lucia Moretti, shop owner on Via Garibaldi', '“They promised us barriers after the last flood. I have the letter at home. Nobody came, and now I have lost the stock for the whole winter.”'],
      ['Elena Brusca, mayor', '“The contract was signed in August and work will begin before winter. I understand the anger, and I will be in the lower town every day until the last family is back home.”'],
      ['Tommaso Greco, student', '“My train to Costamara was cancelled, so I stayed and filled sandbags with my neighbours. It was the first time I had spoken to half of them.”'],
    ].map(([who, said]) => `<blockquote><p>${escapeHtml(said!)}</p><footer>${escapeHtml(who!)}</footer></blockquote>`),
    `<p>${escapeHtml('“We will rebuild, as we did in March,” said Father Luca, who opened the parish hall. “But people are tired, and tired people need more than promises.”')}</p>`,
    `<p>${escapeHtml('“It is not the water that frightens me,” said Rosa Villa, 84. “It is the silence afterwards, when you go back in and everything you own is the colour of mud.”')}</p>`,
  ].join('\n'),
};

/** Every page: path under the server root -> HTML, plus what the tests know about it. */
export function makePages(origin = ''): { pages: Map<string, string>; info: PageInfo[] } {
  const pages = new Map<string, string>();
  const info: PageInfo[] = [];
  const add = (entry: PageInfo, html: string) => {
    pages.set(entry.path, html);
    info.push(entry);
  };

  for (const article of readCorpusArticles()) {
    const site = SITES[article.id] ?? { name: article.outlet, section: 'News', accent: '#444' };
    const path = `/${slug(site.name)}/${slug(site.section)}/${slug(article.title)}.html`;
    const html = articlePage({ site, title: article.title, body: bodyHtml(article.text), url: `${origin}${path}`, published: article.published, lang: article.lang });
    add({ path, kind: 'corpus-article', title: article.title, outlet: site.name, corpusId: article.id }, html);
  }

  {
    const u = UNRELATED;
    const path = `/valdera-courier/regional/${slug(u.title)}.html`;
    add(
      { path, kind: 'unrelated-article', title: u.title, outlet: u.site.name },
      articlePage({ site: u.site, title: u.title, body: bodyHtml(u.text), url: `${origin}${path}`, published: u.published, byline: u.byline }),
    );
  }

  add({ path: '/meridian/index.html', kind: 'not-article', title: 'The Daily Meridian: news, sport and culture' }, linkListPage('The Daily Meridian: news, sport and culture', 'Top stories', HOME_HEADLINES, undefined, HOME_TEASER));
  add(
    { path: '/meridian/search.html', kind: 'not-article', title: 'Search results for “library” | The Daily Meridian' },
    linkListPage('Search results for “library” | The Daily Meridian', '20 results for “library”', HOME_HEADLINES.map(([s, items]) => [s, items.map((h) => `${h} (library)`)] as const), 'library'),
  );

  {
    const title = 'Council budget: the full record of this year’s 700 committee sessions';
    const path = '/meridian/politics/council-budget-full-record.html';
    const site: Site = { name: 'The Daily Meridian', section: 'Politics', accent: '#333366' };
    add({ path, kind: 'huge-article', title, outlet: site.name }, articlePage({ site, title, body: bodyHtml(hugeText()), url: `${origin}${path}`, published: '2024-11-02' }));
  }
  {
    const path = '/al-madina/culture/new-library.html';
    const site: Site = { name: 'صحيفة المدينة', section: 'ثقافة', accent: '#6b4a1f' };
    add(
      { path, kind: 'rtl-article', title: ARABIC.title, outlet: site.name },
      articlePage({
        site, title: ARABIC.title, body: bodyHtml(ARABIC.text), url: `${origin}${path}`, lang: 'ar', dir: 'rtl', published: '2024-09-12',
        labels: { advertisement: 'إعلان', share: ['شارك على إكس', 'شارك على فيسبوك', 'بريد إلكتروني', 'نسخ الرابط'], related: 'أخبار ذات صلة', comments: 'تعليقات', caption: 'صورة توضيحية', rights: 'جميع الحقوق محفوظة.' },
      }),
    );
  }
  {
    const path = '/chengshi-ribao/culture/new-library.html';
    const site: Site = { name: '城市日报', section: '文化', accent: '#a0241e' };
    add(
      { path, kind: 'cjk-article', title: CHINESE.title, outlet: site.name },
      articlePage({
        site, title: CHINESE.title, body: bodyHtml(CHINESE.text), url: `${origin}${path}`, lang: 'zh-CN', published: '2024-09-12',
        labels: { advertisement: '广告', share: ['分享到微博', '分享到微信', '邮件', '复制链接'], related: '相关新闻', comments: '评论', caption: '示意图', rights: '版权所有。' },
      }),
    );
  }
  {
    // The first corpus article shown inside a same-origin iframe of an otherwise empty shell page.
    const inner = info.find((p) => p.kind === 'corpus-article')!;
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Embedded story viewer</title><style>body{margin:0;font:14px system-ui} iframe{border:0;width:100%;height:90vh}</style></head>
<body><header style="padding:8px 16px;background:#222;color:#fff">Story viewer · <a style="color:#fff" href="/">Back to the front page</a></header>
<iframe title="Story" src="${inner.path}"></iframe></body></html>
`;
    add({ path: '/viewer/framed-story.html', kind: 'framed-article', title: inner.title, corpusId: inner.corpusId }, html);
  }
  {
    // AMP markup (the ⚡ attribute, amp-img, the boilerplate style) without AMP's runtime script, which
    // would come from another host: the page must work offline.
    const corpus = info.filter((p) => p.kind === 'corpus-article')[1]!;
    const article = readCorpusArticles().find((a) => a.id === corpus.corpusId)!;
    const path = '/amp/outlet-b/putin-lands-in-pyongyang.amp.html';
    const page = articlePage({ site: SITES[article.id]!, title: article.title, body: bodyHtml(article.text), url: `${origin}${corpus.path}`, htmlAttributes: '⚡' })
      .replace('<style>', '<style amp-boilerplate>body{visibility:visible}</style>\n<style amp-custom>')
      .replace(/<svg [\s\S]*?<\/svg>/, '<amp-img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="680" height="300" layout="responsive" alt="Pool photo"></amp-img>');
    add({ path, kind: 'amp-article', title: article.title, outlet: SITES[article.id]!.name, corpusId: article.id }, page);
  }

  add(
    { path: '/blank/empty.html', kind: 'empty-page', title: 'Empty page' },
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Empty page</title></head><body></body></html>\n',
  );
  {
    const q = QUOTES;
    const path = `/valdera-courier/regional/${slug(q.title)}.html`;
    add({ path, kind: 'quotes-article', title: q.title, outlet: q.site.name }, articlePage({ site: q.site, title: q.title, body: q.body, url: `${origin}${path}`, published: q.published, byline: q.byline }));
  }
  {
    // The unrelated story, whose page keeps changing while it is read: an inline script rewrites one
    // paragraph and appends a live update every 2 ms (DOM methods only), for as long as the page is open.
    const u = UNRELATED;
    const path = '/valdera-courier/live/flood-live-updates.html';
    const script = `<script>
(() => {
  const body = document.querySelector('.article-body');
  const first = body.querySelector('p');
  let n = 0;
  setInterval(() => {
    n += 1;
    first.textContent = 'Live: update ' + n + ' at ' + new Date().toISOString() + '. Engineers expect the line to stay closed until next Thursday.';
    const p = document.createElement('p');
    p.textContent = 'Update ' + n + ': crews are still pumping water from the underpass near the station, a council spokesperson said.';
    if (body.children.length > 400) body.removeChild(body.children[1]);
    body.appendChild(p);
  }, 2);
})();
</script>`;
    const page = articlePage({ site: u.site, title: `Live: ${u.title}`, body: bodyHtml(u.text), url: `${origin}${path}`, published: u.published, byline: u.byline }).replace('</body>', `${script}\n</body>`);
    add({ path, kind: 'changing-article', title: `Live: ${u.title}`, outlet: u.site.name }, page);
  }

  const index = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Outlet Diff fixture pages</title><style>body{font:15px/1.6 system-ui;margin:24px}</style></head>
<body><h1>Outlet Diff fixture pages</h1><p>Local news pages for the browser tests and the demo (served on 127.0.0.1 only).</p>
<ul>
${info.map((p) => `<li>${p.kind}: <a href="${p.path}">${escapeHtml(p.title)}</a></li>`).join('\n')}
</ul></body></html>
`;
  pages.set('/index.html', index);
  pages.set('/pages.json', JSON.stringify({ $comment: 'Written by scripts/make-test-pages.ts; do not edit.', pages: info }, null, 2) + '\n');
  return { pages, info };
}

/** Writes every page under `dir` (emptied first). */
export function writePages(dir: string = PAGES_DIR): PageInfo[] {
  const { pages, info } = makePages();
  rmSync(dir, { recursive: true, force: true });
  for (const [path, html] of pages) {
    const file = join(dir, ...path.split('/').filter(Boolean));
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, html);
  }
  return info;
}

/** Every file under dir, as server paths ("/a/b.html"). */
export function listPages(dir: string = PAGES_DIR, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listPages(dir, `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const info = writePages();
  process.stdout.write(`wrote ${info.length} fixture pages (+ index.html, pages.json) to ${PAGES_DIR}\n`);
}
