import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { parseInput } from '../../../src/graphql/errors.js';
import {
  annotatedArticleInput,
  date,
  dateTime,
  first,
  ingestArticleInput,
  MAX_ARTICLE_BYTES,
  MAX_FIRST,
  maxHops,
  searchText,
  updateClaimInput,
} from '../../../src/graphql/inputs.js';

/** Property tests over the API's input validation: what passes is safe to hand to the graph. */

const schemas = { first, date, dateTime, maxHops, searchText, ingestArticleInput, annotatedArticleInput, updateClaimInput };
const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('parseInput', () => {
  test('never throws anything but BAD_USER_INPUT, whatever the value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(schemas)), fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true }), (schema, value) => {
        try {
          parseInput(schema as never, value);
        } catch (e) {
          expect(e).toBeInstanceOf(GraphQLError);
          expect((e as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
          expect((e as GraphQLError).message).toMatch(/^input(\.|: )/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('first', () => {
  test(`accepts exactly the integers 1..${MAX_FIRST}`, () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => expect(first.safeParse(n).success).toBe(n >= 1 && n <= MAX_FIRST)));
    fc.assert(fc.property(fc.double({ noInteger: true }), (n) => expect(first.safeParse(n).success).toBe(false)));
  });
});

describe('date', () => {
  test('accepts exactly the real calendar days from 1800 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const probe = new Date(Date.UTC(2000, m - 1, d));
        probe.setUTCFullYear(y);
        const real = m >= 1 && m <= 12 && d >= 1 && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
        expect(date.safeParse(s).success).toBe(real && y >= 1800 && y <= 2199);
      }),
      { numRuns: 2000 },
    );
  });
  test('anything else is refused', () => {
    fc.assert(fc.property(fc.string(), (s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) && expect(date.safeParse(s).success).toBe(false)));
  });
});

describe('dateTime', () => {
  test('every instant from 1800 to 2199 in ISO form is accepted', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(dateTime.safeParse(d.toISOString()).success).toBe(true);
        expect(dateTime.safeParse(d.toISOString().slice(0, 10)).success).toBe(true);
      }),
    );
  });
  test('whatever is accepted is a real instant in range', () => {
    const part = (max: number) => fc.integer({ min: 0, max }).map((n) => pad(n, 2));
    const candidate = fc
      .tuple(fc.integer({ min: 1700, max: 2300 }), part(13), part(32), part(30), part(65), part(65), fc.constantFrom('Z', '', '+05:30', '-0800', '+14:00', '+15:00', '-12:61'))
      .map(([y, mo, d, h, mi, s, z]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${z}`);
    fc.assert(
      fc.property(fc.oneof(candidate, fc.string()), (s) => {
        if (!dateTime.safeParse(s).success) return;
        const iso = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
        const t = Date.parse(iso);
        expect(Number.isNaN(t)).toBe(false);
        const year = Number(s.slice(0, 4));
        expect(year >= 1800 && year <= 2199).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('article text', () => {
  const text = (s: string) => ingestArticleInput.safeParse({ text: s }).success;
  test('accepted text is non-blank, at most 500 KB, valid Unicode, without binary control characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })), (s) => {
        if (!text(s)) return;
        expect(s.trim().length).toBeGreaterThan(0);
        expect(Buffer.byteLength(s, 'utf8')).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
        expect(Buffer.from(s, 'utf8').toString('utf8')).toBe(s); // no lone surrogates
        expect(/[\u0000-\u0008\u000e-\u001f]/.test(s)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
  test('the size limit counts UTF-8 bytes, not characters', () => {
    const euro = '\u20ac'; // 3 bytes
    expect(text(euro.repeat(Math.floor(MAX_ARTICLE_BYTES / 3)))).toBe(true);
    expect(text(euro.repeat(Math.floor(MAX_ARTICLE_BYTES / 3) + 1))).toBe(false);
  });
  test('url: only http(s) URLs pass', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'data:,x')), (url) => {
        if (!ingestArticleInput.safeParse({ text: 'x', url }).success) return;
        expect(['http:', 'https:']).toContain(new URL(url).protocol);
      }),
    );
  });
});

describe('annotated articles', () => {
  const span = fc.record({ start: fc.integer({ min: -5, max: 200 }), end: fc.integer({ min: -5, max: 200 }) });
  test('accepted spans lie inside the text, and each claim sentence is the text at its span', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 150 }), fc.array(span, { maxLength: 4 }), fc.array(span, { maxLength: 4 }), (text, mentions, claimSpans) => {
        const input = {
          text,
          entities: [{ name: 'Anna', type: 'PERSON', mentions }],
          claims: claimSpans.map((s) => ({ cue: 'said', content: 'c', sentence: text.slice(Math.max(0, s.start), Math.max(0, s.end)) || 'x', span: s })),
          events: [],
        };
        const r = annotatedArticleInput.safeParse(input);
        if (!r.success) return;
        for (const m of r.data.entities.flatMap((e) => e.mentions ?? [])) {
          expect(m.start >= 0 && m.start < m.end && m.end <= r.data.text.length).toBe(true);
        }
        for (const c of r.data.claims) {
          expect(c.span.start >= 0 && c.span.start < c.span.end && c.span.end <= r.data.text.length).toBe(true);
          expect(r.data.text.slice(c.span.start, c.span.end)).toBe(c.sentence);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
