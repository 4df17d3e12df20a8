/**
 * HTML to article: strips scripts, styles and tags, decodes entities, keeps block
 * structure as line breaks, and reads <title>/og:title, article:published_time /
 * <time datetime>, og:site_name and the canonical URL.
 */
import type { RawArticle } from './types.js';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', deg: '°', middot: '·',
  bull: '•', laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', uuml: 'ü', ouml: 'ö', auml: 'ä',
  ccedil: 'ç', ntilde: 'ñ', iacute: 'í', oacute: 'ó', uacute: 'ú', szlig: 'ß', thinsp: ' ', ensp: ' ', emsp: ' ',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') : null;
}

function meta(html: string, key: string): string | null {
  const re = /<meta\b[^>]*>/gi;
  for (const m of html.matchAll(re)) {
    const tag = m[0];
    const k = attr(tag, 'property') ?? attr(tag, 'name') ?? attr(tag, 'itemprop');
    if (k && k.toLowerCase() === key) return attr(tag, 'content');
  }
  return null;
}

/** Visible text of an HTML document, one block element per line. */
export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[^]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|iframe|head|nav|footer|form|button|select)\b[^]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|section|article|header|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|aside|main|pre|dd|dt)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0\r\f\v]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n\n');
}

export function htmlToArticle(html: string): RawArticle {
  const titleTag = /<title\b[^>]*>([^]*?)<\/title>/i.exec(html)?.[1];
  const title = meta(html, 'og:title') ?? (titleTag ? decodeEntities(titleTag).replace(/\s+/g, ' ').trim() : null);
  let publishedAt = meta(html, 'article:published_time') ?? meta(html, 'datepublished') ?? meta(html, 'date') ?? null;
  if (!publishedAt) {
    const t = /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(html);
    publishedAt = t?.[1] ?? null;
  }
  const source = meta(html, 'og:site_name');
  let url: string | null = null;
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if ((attr(m[0], 'rel') ?? '').toLowerCase() === 'canonical') { url = attr(m[0], 'href'); break; }
  }
  url = url ?? meta(html, 'og:url');
  const bodyMatch = /<article\b[^>]*>([^]*?)<\/article>/i.exec(html) ?? /<body\b[^>]*>([^]*?)<\/body>/i.exec(html);
  const text = htmlToText(bodyMatch?.[1] ?? html);
  return { text, title: title || null, publishedAt, source: source || null, url };
}
