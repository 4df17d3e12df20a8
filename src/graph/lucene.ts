/** Makes user text safe for a Lucene full-text query: special characters escaped, words kept. */
export function luceneQuery(text: string): string {
  const escaped = text
    .replace(/[+\-!(){}[\]^"~*?:\\/]|&&|\|\|/g, (m) => m.split('').map((ch) => `\\${ch}`).join(''))
    .replace(/\b(AND|OR|NOT|TO)\b/g, (m) => m.toLowerCase())
    .trim();
  return escaped.length > 0 ? escaped : '""';
}
