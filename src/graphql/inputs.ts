import { z } from 'zod';

/** zod schemas for every argument the API takes: validated before any Cypher runs. */

export const MAX_FIRST = 100;
export const MAX_ARTICLE_BYTES = 500 * 1024;

export const first = z.number().int().min(1, 'must be at least 1').max(MAX_FIRST, `must be at most ${MAX_FIRST}`);

function realDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(realDate, 'is not a real calendar day')
  .refine((s) => s >= '1800-01-01' && s <= '2199-12-31', 'must lie between 1800 and 2199');

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** Hours 00-23, minutes and seconds 00-59, offsets up to 14:00. */
function realTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m) return false;
  const [, h = '0', min = '0', sec = '0', oh = '0', om = '0'] = m;
  return Number(h) < 24 && Number(min) < 60 && Number(sec) < 60 && Number(oh) <= 14 && Number(om) < 60;
}

export const dateTime = z
  .string()
  .regex(DATE_TIME, 'must be an ISO 8601 date-time')
  .refine((s) => realDate(s.slice(0, 10)), 'is not a real calendar day')
  .refine(realTime, 'is not a real time of day')
  .refine((s) => s.slice(0, 10) >= '1800-01-01' && s.slice(0, 10) <= '2199-12-31', 'must lie between 1800 and 2199');

export const ref = z.string().trim().min(1, 'must not be empty').max(300, 'is too long');
export const id = ref;

const url = z
  .string()
  .max(2048, 'is too long')
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

const articleText = z
  .string()
  .refine((s) => s.trim().length > 0, 'must not be empty')
  .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_ARTICLE_BYTES, `must be at most ${MAX_ARTICLE_BYTES / 1024} KB`)
  .refine((s) => !/[\u0000-\u0008\u000e-\u001f\ufffe\uffff]/.test(s), 'contains binary control characters')
  .refine((s) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s), 'is not valid Unicode');

const shortText = z.string().trim().min(1).max(500);

export const ingestArticleInput = z.object({
  text: articleText,
  url: url.nullish(),
  source: shortText.nullish(),
  publishedAt: dateTime.nullish(),
  title: shortText.nullish(),
});

const entityType = z.enum(['PERSON', 'ORGANISATION', 'LOCATION']);
const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).refine((s) => s.end > s.start, 'end must be after start');
const entityRef = z.object({ name: shortText, type: entityType });

export const annotatedArticleInput = ingestArticleInput
  .extend({
    dateline: shortText.nullish(),
    entities: z
      .array(
        z.object({
          name: shortText,
          type: entityType,
          aliases: z.array(shortText).max(100).nullish(),
          mentions: z.array(span).max(1000).nullish(),
          geo: z
            .object({
              kind: z.enum(['COUNTRY', 'REGION', 'CITY', 'SITE']),
              latitude: z.number().min(-90).max(90).nullish(),
              longitude: z.number().min(-180).max(180).nullish(),
              iso: z.string().max(10).nullish(),
              partOf: shortText.nullish(),
            })
            .nullish(),
        }),
      )
      .max(2000),
    claims: z
      .array(
        z.object({
          speaker: entityRef.nullish(),
          speakerMention: shortText.nullish(),
          via: entityRef.nullish(),
          cue: shortText,
          content: z.string().trim().min(1).max(5000),
          quote: z.string().max(5000).nullish(),
          saidOn: date.nullish(),
          saidOnPrecision: z.enum(['DAY', 'WEEK', 'MONTH', 'YEAR']).nullish(),
          datesMentioned: z.array(date).max(50).nullish(),
          sentence: z.string().min(1).max(10000),
          span,
          confidence: z.number().min(0).max(1).nullish(),
          events: z.array(shortText).max(50).nullish(),
          mentions: z.array(shortText).max(200).nullish(),
        }),
      )
      .max(2000),
    events: z
      .array(
        z.object({
          name: shortText,
          kind: shortText.nullish(),
          start: date.nullish(),
          end: date.nullish(),
          locations: z.array(shortText).max(100).nullish(),
          actors: z.array(shortText).max(100).nullish(),
          keyTerms: z.array(shortText).max(100).nullish(),
        }),
      )
      .max(500),
  })
  .superRefine((a, ctx) => {
    const n = a.text.length;
    a.entities.forEach((e, i) =>
      (e.mentions ?? []).forEach((m, j) => {
        if (m.end > n) ctx.addIssue({ code: 'custom', path: ['entities', i, 'mentions', j], message: 'span lies outside the text' });
      }),
    );
    a.claims.forEach((c, i) => {
      if (c.span.end > n) ctx.addIssue({ code: 'custom', path: ['claims', i, 'span'], message: 'span lies outside the text' });
      else if (a.text.slice(c.span.start, c.span.end) !== c.sentence)
        ctx.addIssue({ code: 'custom', path: ['claims', i, 'sentence'], message: 'must equal the text at span' });
    });
  });

export const updateClaimInput = z.object({
  content: z.string().trim().min(1).max(5000).nullish(),
  quote: z.string().max(5000).nullish(),
  cue: shortText.nullish(),
  saidOn: date.nullish(),
  saidOnPrecision: z.enum(['DAY', 'WEEK', 'MONTH', 'YEAR']).nullish(),
  speaker: id.nullish(),
});

export const searchText = z.string().trim().min(1, 'must not be empty').max(500, 'is too long');
export const maxHops = z.number().int().min(1).max(6, 'must be at most 6');
