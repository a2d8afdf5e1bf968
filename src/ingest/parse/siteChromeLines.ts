// Site chrome that copy-pasted or saved news pages carry around the article:
// navigation, share buttons, footer links. Data, not code: a line is chrome
// when, trimmed and lower-cased (trailing ":", "»", "›", "→", "…" removed),
// it equals one of these or matches one of the patterns. Only runs of such
// lines at the start or the end of the text are dropped.

export const SITE_CHROME_LINES: ReadonlySet<string> = new Set([
  'latest news',
  'all news feed',
  'news feed',
  'read more',
  'read also',
  'also read',
  'see also',
  'more news',
  'more stories',
  'top news',
  'top stories',
  'most read',
  'most popular',
  'popular',
  'popular articles',
  'popular article',
  'related',
  'related news',
  'related articles',
  'related stories',
  'recommended',
  'share',
  'share this',
  'share this article',
  'share on facebook',
  'share on x',
  'tweet',
  'print',
  'email',
  'copy link',
  'facebook',
  'twitter',
  'x',
  'telegram',
  'whatsapp',
  'linkedin',
  'subscribe',
  'subscribe to our newsletter',
  'follow us',
  'follow us on telegram',
  'comments',
  'leave a comment',
  'advertisement',
  'back to top',
  'home',
  'tags',
  'loading...',
  'loading',
]);

export const SITE_CHROME_PATTERNS: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /^(?:copyright\s*)?©/, reason: 'copyright footer' },
  { pattern: /^all rights reserved\b/, reason: 'copyright footer' },
  { pattern: /^(?:follow|join) us on \w+$/, reason: 'social media prompt' },
  { pattern: /^share (?:on|via) \w+$/, reason: 'share button' },
];

/**
 * Lines that open a site's footer ("Latest News", "Related news"): when one
 * follows the body and only short headline-like lines come after it, the
 * marker and everything after it are chrome (other stories' headlines).
 */
export const FOOTER_MARKERS: ReadonlySet<string> = new Set([
  'latest news',
  'all news feed',
  'news feed',
  'related news',
  'related articles',
  'related stories',
  'read more',
  'read also',
  'also read',
  'more news',
  'more stories',
  'most read',
  'top news',
  'top stories',
]);
