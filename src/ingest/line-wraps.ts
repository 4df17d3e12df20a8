/**
 * Wire copy often arrives hard-wrapped: every line cut near 65 characters, sentences running on
 * over the line break ("said Tariq\nRiebl, humanitarian co-ordinator"). Reading such a text, a
 * line break inside a sentence is a space. The text keeps its length, so every offset stays exact.
 */

/** Lines this long or longer may be wrapped lines of a paragraph. */
const WRAP_MIN = 40;
/** Wrapped lines are never longer than this. */
const WRAP_MAX = 100;
const ENDS_SENTENCE = /[.!?:;"”’')\]]$/;
const BULLET = /^\s*(?:[*•·▪-]|\d+[.)])\s/;

/** True when most long lines look like a paragraph cut at a fixed width. */
export function isHardWrapped(lines: readonly string[]): boolean {
  const long = lines.filter((l) => l.trim().length >= WRAP_MIN);
  if (long.length < 5) return false;
  const narrow = long.filter((l) => l.length <= WRAP_MAX).length;
  const open = long.filter((l) => !ENDS_SENTENCE.test(l.trimEnd())).length;
  return narrow >= 0.9 * long.length && open >= 0.4 * long.length;
}

/** The text with each line break inside a wrapped sentence turned into a space (same length). */
export function unwrapHardBreaks(text: string): string {
  const lines = text.split('\n');
  if (!isHardWrapped(lines)) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    out.push(line);
    if (i === lines.length - 1) break;
    const next = lines[i + 1] ?? '';
    // a short line runs on too when it reads as prose ("The 19 were arraigned at"), not as a byline or heading
    const prose = line.trim().length >= WRAP_MIN || /\s\p{Ll}{2,}/u.test(line) || /^\s*\p{Ll}/u.test(next);
    const wrapped = prose && line.trim() !== '' && next.trim() !== '' && !BULLET.test(line) && !BULLET.test(next)
      && (!ENDS_SENTENCE.test(line.trimEnd()) || /^\s*\p{Ll}/u.test(next));
    out.push(wrapped ? ' ' : '\n');
  }
  return out.join('');
}
