/**
 * Page furniture as DATA: the shapes of lines and blocks that a news page wraps around its article
 * (related links, prompts, credits, labels). Shared by `extractArticle` (after Readability) and
 * `cleanArticleText` (plain text) so both remove the same things. Every entry carries examples that
 * must match and body lines that must not, and a test runs over the whole table.
 *
 * Patterns describe SHAPES (a label followed by a link, a lone agency name, a relative timestamp),
 * never the sentences of a particular page.
 */

export interface FurniturePattern {
  name: string;
  /** Matched against one trimmed line (a paragraph, heading or list item). */
  pattern: RegExp;
  /** Lines this pattern must remove. */
  furniture: string[];
  /** Article lines of a similar shape this pattern must keep. */
  body: string[];
}

/** The marker of a bulleted or numbered line in plain text ("- ", "• ", "* ", "1. "). */
export const BULLET_MARKER = /^\s*([-*•·▪●]|\d{1,2}[.)])\s+/u;

const AGENCIES = 'AP|AFP|Reuters|PTI|ANI|IANS|EPA|UPI|DPA|Getty Images|Getty|Shutterstock|AP Photo|Bloomberg|Xinhua';
const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** Teaser timestamps and bare dates: furniture on their own, and the mark of a teaser in a list of links. */
export const TIMESTAMP_LINES: FurniturePattern[] = [
  {
    name: 'relative timestamp',
    pattern: /^(updated |published |posted )?(\d+|an?|one)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\.?$/i,
    furniture: ['2 hours ago', 'Published 1 day ago', 'an hour ago'],
    body: ['He left 2 hours ago, police said.'],
  },
  {
    name: 'publication date line',
    pattern: new RegExp(
      `^(published|updated|posted|first published|last updated|date|publicado)\\b[^.!?]{0,80}(\\d{4}|\\d{1,2}:\\d{2}|${MONTH})[^.!?]{0,40}$`,
      'i',
    ),
    furniture: ['Updated on: November 19, 2019 / 10:07 AM / CBS News', 'First Published: Tuesday, November 19, 2019 08:38 AM', 'Posted on March 30, 2015 by Admin', 'date 2024-06-19 International'],
    body: ['Published in 2019, the report found that emissions were rising.'],
  },
  {
    name: 'bare date line',
    pattern: new RegExp(
      `^(\\|\\s*)?((mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?((${MONTH})\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+(${MONTH})\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})([\\s,|/-]+(at\\s+)?\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?\\s*([A-Z]{2,4})?)?\\s*\\|?$`,
      'i',
    ),
    furniture: ['June 19, 2024', '19 June 2024', 'Nov. 20, 2019 5:52 AM EST', '2024-06-19', 'November 19, 2019 at 9:45 am', 'Tuesday, June 18, 2024'],
    body: ['June 19, 2024 will be remembered as the day the dam broke.'],
  },
  {
    name: 'clock time',
    pattern: /^\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([A-Z]{2,4})?$/i,
    furniture: ['12:40', '9.15am', '11:50 PM EST'],
    body: ['12:40 was when the first ferry was cancelled.'],
  },
];

/** A line that is furniture wherever it appears, on its own. */
export const FURNITURE_LINES: FurniturePattern[] = [
  ...TIMESTAMP_LINES,
  {
    name: 'advertisement marker',
    pattern: /^(advertisement|advertising|advert|ad|sponsored|sponsored content|iklan|anzeige|publicidad|publicité|story continues below( this)? (advertisement|ad))$/i,
    furniture: ['Advertisement', 'ADVERTISEMENT', 'Advert', 'Story continues below advertisement'],
    body: ['Advertisement revenue fell by a third in the quarter.'],
  },
  {
    name: 'comment prompt',
    pattern: /^(leave a (comment|reply)|article comments|comments?|\d+ comments?|(post|add|write|view|show|load|read) (a |all |the )?comments?( \(\+\))?|join the (conversation|discussion)|tell us what (you|YOU) think.{0,20}|comments are closed\.?)$/i,
    furniture: ['Leave a Comment', 'Leave a Reply', 'Article comments', 'comments', '12 Comments', 'Post Comment (+)', 'Join the conversation'],
    body: ['Comments from the minister drew criticism from the opposition.'],
  },
  {
    name: 'page navigation',
    pattern: /^(go ?to ?top|back to top|scroll to top|skip to (main )?content|enlarge image|text size|order reprints|print( this (article|page))?|loading( content)?( \.\.\.|…)?|(open|close|caption))$/i,
    furniture: ['Go toTop', 'Back to top', 'Skip to content', 'Enlarge Image', 'Loading content ...', 'Close'],
    body: ['Go to the top floor and you will see the damage.'],
  },
  {
    name: 'reading time',
    pattern: /^(\d+\s*(min|mins|minutes?)\s*(read|de leitura)?|(estimated )?(reading|read) time\s*:?\s*\d+.{0,12}|tempo de leitura\s*:?\s*\d+.{0,10})$/i,
    furniture: ['2 mins read', '5 min read', 'Reading time: 4 minutes', 'Tempo de leitura: 1 minuto'],
    body: ['It took 2 minutes to read the verdict aloud.'],
  },
  {
    name: 'byline',
    pattern: /^([Bb]y|BY|[Pp]or|[Vv]on|[Pp]ar)\s+\p{Lu}[\p{L}.'’-]+(\s+(\p{Lu}[\p{L}.'’-]+|de|van|von|da))*(\s*(,|and|&|and the)\s*\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+)*)*(\s*[,|-]\s*[^.!?]{0,60})?$/u,
    furniture: ['By Paul Takahashi', 'By Justine Coleman - 11/18/19 11:04 PM EST', 'By Meg Kinnard and Errin Haines'],
    body: ['By Tuesday the talks had collapsed.', 'By the end of the week, Kim had agreed.'],
  },
  {
    name: 'agency or photographer credit alone',
    pattern: new RegExp(`^(\\(?(${AGENCIES})(\\s*(\\/|\\||,)\\s*[\\p{L} .]{1,40})*\\)?|[\\p{L} .'/|-]{2,60}\\s*[/|]\\s*(${AGENCIES})|©\\s*.{1,60})$`, 'u'),
    furniture: ['AP', 'Getty Images', 'Natalie Naccache | Bloomberg | Getty Images', '© Amazon', 'Sakib Ali/Hindustan Times/Getty Images'],
    body: ['AP reported that the vote was delayed.'],
  },
  {
    name: 'photo or image credit',
    pattern: /^(.{0,300}[|(]\s*)?(photo|image|picture|foto|credit|image credit|photograph|photo credit|pic|source)s?\s*(credit)?\s*:\s*[^.!?]{1,80}\)?$/i,
    furniture: ['Russian President Vladimir Putin and North Korean leader Kim Jong Un | Photo: AP', 'Photo: Damian Dovarganes, AP', '(Image credit: Blue Origin)', 'Source: hindustantimes', 'The plague wiped out half of Europe (Image: GETTY)'],
    body: ['Photo: the one thing he kept from the fire, he said, was his father’s camera.'],
  },
  {
    name: 'image label',
    pattern: /^(image|media|photo) (copyright|caption)\b.{0,200}$|^(image|slide|photo) \d+ of( \/)? \d+$|^\d+of\d+\b.{0,300}$|^\((image|photo|credit|foto)s?:?[^)]{0,80}\)$/i,
    furniture: ['Image copyright', 'Image caption Taylor Swift performs', 'Image 1 of 5', 'Image 1 of / 23', '(Image: © Shutterstock)'],
    body: ['Image rights are a contested area of law.'],
  },
  {
    name: 'label and link on one line',
    pattern: /^\[?(also read|also see|read also|read more|read next|more|related|related post|related story|related article|see also|also on [\w.]+|recommended|watch|listen|don'?t miss|must read|trending)\s*(:|-|–|—|\||>>)\s*\S.{0,200}$/i,
    furniture: ['Also read: Markets Set New Record Highs In Early Trade', 'ALSO READ-Modi holds talks with Meloni', 'Related: The 15 Weirdest Galaxies in Our Universe', '[Related: Salesforce Dreamforce Keynote]', 'Read more: Alibaba poised to launch listing'],
    body: ['Also, read the fine print: the deal expires in May.'],
  },
  {
    name: 'newsletter, app or social prompt',
    pattern: /^((sign up|subscribe|register)\b.{0,120}(newsletter|email|e-mail|alerts?|updates|here|now|today|magazine|channel|youtube)\b.{0,80}|subscribe( now| here| today)?[.!]?|(click|tap) here\b.{0,100}|get (the )?.{0,40}\bapp\b.{0,40}|download (the|our) .{0,40}app.{0,40}|follow (us|@\w+|\w+) on (twitter|facebook|instagram|x|linkedin|youtube)\b.{0,120}|follow @\w+.{0,120}|share (this|on|via)\b.{0,60}|(whatsapp|facebook|twitter|pinterest|linkedin|email|pint|print)(\s+(whatsapp|facebook|twitter|pinterest|linkedin|email|pint|baixar|print|reddit|copy link))+|this (slideshow|video|content) requires javascript\.?)$/i,
    furniture: ['Sign Up: Stay on top of the latest breaking film and TV news! Sign up for our Email Newsletters here.', 'SUBSCRIBE', 'CLICK HERE TO GET THE FOX NEWS APP', 'Follow us on Twitter @Spacedotcom and on Facebook.', 'Whatsapp Facebook Pint Baixar', 'Subscribe to 9to5Mac on YouTube for more Apple news:'],
    body: ['Subscribers to the service will pay $6.99 a month.', 'Click, the company’s new app, launched on Monday.'],
  },
  {
    name: 'reporting credit',
    pattern: /^(\((with )?[^()]{1,40} inputs?( from [^()]{1,40})?\)|\((additional )?(reporting|writing|editing) by [^()]{1,300}\)\.?|(additional reporting|reporting and writing) by [^.!?]{1,200}\.?|reporting by [^.!?;]{1,200}; editing by [^!?]{1,120}|[^.!?]{1,80} contributed (reporting|to this report)[^!?]{0,80}|via syndigate\.info)$/i,
    furniture: ['(With AP Inputs)', '(Reporting by Greg Roumeliotis; editing by Martin Howell.)', 'Additional reporting by Joseph Hudak', 'Keith Bradsher contributed reporting from Hong Kong.', 'Via SyndiGate.info'],
    body: ['Reporting by the paper prompted an investigation.'],
  },
  {
    // A dateline set on a line of its own ("New Delhi:") reads as a sentence this outlet added.
    name: 'dateline alone',
    // Editorial labels of the same shape ("UPDATE:") are part of the story and stay.
    pattern: /^(?!(?:[Uu]pdated?|UPDATED?|[Cc]orrection|CORRECTION|[Cc]larification|CLARIFICATION|[Ee]ditor'?s [Nn]ote|EDITOR'?S NOTE)\b)\p{Lu}[\p{L}.'-]*(\s+(de|da|do|del|la|el|of|\p{Lu}[\p{L}.'-]*)){0,3}\s*[:\u2014\u2013-]$/u,
    furniture: ['New Delhi:', 'WASHINGTON \u2014', 'Rio de Janeiro:', 'Seoul -'],
    body: ['Putin wrote:', 'Here is what we know:', 'New Delhi is hot.', 'UPDATE:', "Editor's Note:"],
  },
  {
    name: 'breadcrumb',
    pattern: /^[\p{L}&' ]{2,30}(\s*[>›»/]\s*[\p{L}&' ]{2,30}){1,4}$/u,
    furniture: ['News > World', 'Home › Politics › Asia', 'Sport / Football'],
    body: ['Turnout rose > 60% in the capital.'],
  },
  {
    name: 'icon or widget identifier',
    pattern: /^[a-z]+(_[a-z]+)+$/,
    furniture: ['info_icon', 'share_button_small'],
    body: ['info'],
  },
];

/**
 * Labels that introduce a block of furniture (a related-links list, teasers, a tag list). The label
 * and the link-like lines after it are removed; body text after the run is kept.
 */
export const LIST_LABELS: FurniturePattern[] = [
  {
    name: 'related-links label',
    pattern: /^(also read|read also|read more|see also|related|related (stories|articles|posts|news|content|coverage|links|reading|topics)|more (stories|news|articles|coverage|great [\w ]{1,20} stories)|more (from|on|in) [^.!?]{1,40}|further reading|what to read next|read next|recommended( for you| stories| reading)?|you (may|might) also like\.?|in case you missed it|elsewhere on [\w. ]{1,30}|around the web)\s*[:.…-]?$/i,
    furniture: ['Also Read:', 'Related Stories', 'More Great WIRED Stories', 'You may also like', 'More from Politics', 'related news'],
    body: ['Related matters were discussed.'],
  },
  {
    name: 'popular or latest label',
    pattern: /^(recent (posts|articles|stories|news)|trending( (stories|now|news|articles|topics))?|don'?t miss( this)?|must read|most (popular|read|viewed|shared|commented)( (stories|articles|this week|now))?|popular( (this week|now|stories|articles|posts))?|latest( (news|stories|videos|articles|posts|headlines))?( from\b[^.!?]{0,40})?|top (stories|news|videos)|editor'?s picks|(watch|photos|videos|galleries|podcasts)( more)?|sponsored (stories|content|links)|promoted (stories|links)|(previous|next|prev) (story|article|post))\s*[:.-]?$/i,
    furniture: ['Recent Posts', 'Trending Stories', "Don't Miss", 'MOST POPULAR', 'Latest from -Top News', 'Previous Story', 'Next Story', 'WATCH', 'PHOTOS', 'POPULAR THIS WEEK'],
    body: ['Trending downwards, the index closed at 5,000.'],
  },
  {
    name: 'tag list label',
    pattern: /^(tags|tagged|topics|filed under|categories|keywords)(\s*:\s*[^.!?]{0,200}|\s*)$/i,
    furniture: ['Tags', 'Tags: Putin, North Korea', 'Filed under: Khawarij |'],
    body: ['Tagged bears were tracked across the valley for two years.'],
  },
];

/**
 * Whole-line tests for the lines that sit above a headline in saved page text: a lone section label
 * ("World"), a kicker in capitals, or a dateline date. Only used before the headline.
 */
export const LEADING_LINES: FurniturePattern[] = [
  {
    name: 'lone section label',
    pattern: /^[\p{L}&'-]+( [\p{L}&'-]+)?:?$/u,
    furniture: ['World', 'International', 'Opinion', 'US News'],
    body: ['Putin arrives in North Korea for his first visit in 24 years'],
  },
];
