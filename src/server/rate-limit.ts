import type { Request, RequestHandler } from 'express';

/**
 * A fixed-window request limit per bucket (a configured API key, else the client address),
 * answering 429 with Retry-After past it. Buckets come from `keyOf`, never from unverified
 * header values, so rotating made-up keys does not reset the count.
 */
export function rateLimit(perMinute: number, keyOf: (req: Request) => string, now: () => number = Date.now): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (req, res, next) => {
    const key = keyOf(req);
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= 60_000) {
      w = { start: t, count: 0 };
      windows.set(key, w);
      if (windows.size > 10_000) for (const [k, v] of windows) if (t - v.start >= 60_000) windows.delete(k);
    }
    w.count += 1;
    if (w.count > perMinute) {
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil((w.start + 60_000 - t) / 1000))));
      res.status(429).json({ errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] });
      return;
    }
    next();
  };
}
