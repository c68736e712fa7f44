import type { PageProblemPattern } from './types';

/**
 * Marks of a consent wall or a paywall on a page that gave no article (or, for a paywall, only a teaser).
 * Consent platforms' containers are on most article pages too, as banners over a readable article: they
 * only count when the extraction found no article. Text patterns are read from the page's visible text.
 */
export const PAGE_PROBLEM_PATTERNS: readonly PageProblemPattern[] = [
  { kind: 'consent-wall', name: 'OneTrust', selector: '#onetrust-consent-sdk, #onetrust-banner-sdk' },
  { kind: 'consent-wall', name: 'Didomi', selector: '#didomi-host, #didomi-notice' },
  { kind: 'consent-wall', name: 'Sourcepoint', selector: '[id^="sp_message_container"], .sp_veil' },
  { kind: 'consent-wall', name: 'Quantcast Choice', selector: '.qc-cmp2-container, #qc-cmp2-ui' },
  { kind: 'consent-wall', name: 'Cookiebot', selector: '#CybotCookiebotDialog' },
  { kind: 'consent-wall', name: 'Usercentrics', selector: '#usercentrics-root, #uc-banner' },
  { kind: 'consent-wall', name: 'Google Funding Choices', selector: '.fc-consent-root' },
  { kind: 'consent-wall', name: 'consent form', selector: 'form[action*="consent"], form[action*="cookie"]' },
  { kind: 'consent-wall', name: 'before you continue', text: /\bbefore you continue\b/i },
  { kind: 'consent-wall', name: 'we and our partners use cookies', text: /\bwe and our (\d+ )?partners\b.{0,80}\b(cookies|your data|personal data)\b/i },
  { kind: 'consent-wall', name: 'accept all cookies', text: /\b(accept|agree to|allow) (all )?cookies\b/i },
  { kind: 'consent-wall', name: 'accept all (de, fr, es, it)', text: /\b(alle akzeptieren|tout accepter|aceptar todo|accetta tutto)\b/i },
  { kind: 'consent-wall', name: 'consent or pay', text: /\b(pur|ad-free|werbefrei)\b.{0,60}\b(abo|subscription|abonnement)\b.{0,120}\b(akzeptieren|accept)\b/i },
  { kind: 'paywall', name: 'paywall container', selector: '[class*="paywall" i], [id*="paywall" i], [data-testid*="paywall" i]' },
  { kind: 'paywall', name: 'Piano / Tinypass offer', selector: '.tp-modal, .tp-container-inner, [class*="piano-offer" i]' },
  { kind: 'paywall', name: 'not free (schema.org)', selector: 'meta[itemprop="isAccessibleForFree"][content="false" i]' },
  { kind: 'paywall', name: 'not free (JSON-LD)', json: /"isAccessibleForFree"\s*:\s*("false"|false)/i },
  { kind: 'paywall', name: 'subscribe to continue reading', text: /\bsubscribe (now )?to (continue|keep) reading\b/i },
  { kind: 'paywall', name: 'for subscribers only', text: /\b(this (article|story|content) is (only )?(available|reserved|exclusive) (to|for) (subscribers|members)|subscribers only)\b/i },
  { kind: 'paywall', name: 'already a subscriber', text: /\balready a (subscriber|member)\?/i },
  { kind: 'paywall', name: 'subscriber-only (de, fr, es, it)', text: /\b(nur für abonnenten|jetzt weiterlesen mit|réservé aux abonnés|exclusivo para suscriptores|riservato agli abbonati)\b/i },
];
