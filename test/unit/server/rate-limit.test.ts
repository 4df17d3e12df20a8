import type { Request, Response } from 'express';
import { rateLimit } from '../../../src/server/rate-limit.js';

function call(handler: ReturnType<typeof rateLimit>, key: string) {
  const out = { status: 200, headers: {} as Record<string, string>, body: null as unknown, passed: false };
  const res = {
    setHeader: (k: string, v: string) => void (out.headers[k.toLowerCase()] = v),
    status(s: number) {
      out.status = s;
      return this;
    },
    json: (b: unknown) => void (out.body = b),
  } as unknown as Response;
  handler({ headers: { 'x-bucket': key } } as unknown as Request, res, () => void (out.passed = true));
  return out;
}

describe('rateLimit', () => {
  const keyOf = (req: Request) => String(req.headers['x-bucket']);

  test('allows perMinute requests per bucket, then 429 RATE_LIMITED with Retry-After', () => {
    let t = 1_000_000;
    const h = rateLimit(3, keyOf, () => t);
    expect([1, 2, 3].map(() => call(h, 'a').passed)).toEqual([true, true, true]);
    const refused = call(h, 'a');
    expect(refused).toMatchObject({ passed: false, status: 429, body: { errors: [{ extensions: { code: 'RATE_LIMITED' } }] } });
    expect(Number(refused.headers['retry-after'])).toBe(60);
    expect(call(h, 'b').passed).toBe(true); // other buckets are separate
    t += 30_000;
    expect(call(h, 'a').headers['retry-after']).toBe('30');
    t += 30_000; // a new window
    expect(call(h, 'a').passed).toBe(true);
  });
});
