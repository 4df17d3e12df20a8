/**
 * Photo credits and bylines inside scraped text: "(ABC News: John Gunn)", "(Alistair Grant/PA)",
 * "…, 2023. Mark Demayo, ABS-CBN News", "… 2024. — Reuters", "By Reuters", "PA Wire". The names
 * in them credit the page, not the story, so entity detection skips them.
 */
import type { Span } from './types.js';

const MEDIA = /\b(?:News|Press|Wire|Reuters|AP|AFP|Getty|Images|Photo|Photos|Bloomberg|EPA|Xinhua|Shutterstock|Alamy|Agency|TV|Times|Post|Herald|Standard|Inquirer|Tribune)\b/;

/** Character ranges of `text` that are credits or bylines. */
export function creditRegions(text: string): Span[] {
  const out: Span[] = [];
  // "(ABC News: John Gunn)", "(Alistair Grant/PA)" closing a line
  for (const m of text.matchAll(/\(([^()\n]{2,60}?)[:/]([^()\n]{2,40})\)[ \t]*(?=\n|$)/g)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // "… Jelena Ostapenko REUTERS/Loren Elliott": a wire photographer's credit at a caption's end
  for (const m of text.matchAll(/\b(?:REUTERS|AFP|AP|EPA|GETTY IMAGES|Getty Images|ANADOLU|XINHUA|Reuters)\s*\/\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}(?=\n|$)/gu)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].trimEnd().length });
  }
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    // "By Reuters", "By Jane Doe and John Roe"
    if (/^\s*By\s+\p{Lu}/u.test(line) && words.length <= 8 && !/[.!?]\s*$/.test(line.trim())) { out.push({ start, end: start + line.length }); continue; }
    // "Writing by Julian Osamoto; Editing by Daniel Adejo and Tony Okerafor", "Additional reporting by …"
    if (/^\s*(?:\(?(?:Writing|Reporting|Additional reporting|Editing|Edited|Written|Compiled|Produced)\s+by\s)/i.test(line) && words.length <= 20) { out.push({ start, end: start + line.length }); continue; }
    // "PA Wire", "Henry Saker-Clark20 October 2023": a short line of names with an agency or a date glued on
    if (words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && (MEDIA.test(line) || /\p{L}\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\s*$/u.test(line))) { out.push({ start, end: start + line.length }); continue; }
    // "… on April 25, 2023. Mark Demayo, ABS-CBN News", "… July 22, 2024. — Reuters": a caption's credit tail
    // "… together on Thursday. Photo / Warren Buckland", "Picture: Jane Doe": a caption's photographer
    const shot = /(?:^|[.!?)]\s+)((?:Photos?|Picture|Pictures|Image|Credit|Photograph)\s*[/:|]\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})$/u.exec(line);
    if (shot && shot[1]) { out.push({ start: start + line.length - shot[1].length, end: start + line.length }); continue; }
    const tail = /(?:[.!?)]\s+)(?:(?:—|–|-)\s*)?((?:\p{Lu}[\p{L}'’.-]*\s*,?\s*){1,6})$/u.exec(line);
    if (tail && tail[1] && MEDIA.test(tail[1]) && words.length > 6) out.push({ start: start + line.length - tail[1].length, end: start + line.length });
  }
  return out;
}

export function inRegions(regions: readonly Span[], span: Span): boolean {
  return regions.some((r) => span.start >= r.start && span.end <= r.end);
}
