import { creditRegions } from '../../../src/ingest/credits.js';
import { extractArticle } from '../../../src/ingest/extract.js';

const credited = (text: string): string[] => creditRegions(text).map((r) => text.slice(r.start, r.end));

describe('credits', () => {
  it('finds photo credits, bylines and agency lines', () => {
    const text = 'The chief stood by her decision. (ABC News: John Gunn)\nThe governor spoke (Alistair Grant/PA)\nPA Wire\nBy Reuters\n'
      + 'Commuters wear masks on the trains on April 25, 2023. Mark Demayo, ABS-CBN News\nMANILA — There is no outbreak, the minister said.';
    expect(credited(text)).toEqual(['(ABC News: John Gunn)', '(Alistair Grant/PA)', 'PA Wire', 'By Reuters', 'Mark Demayo, ABS-CBN News']);
  });
  it('finds a wire photographer credit at the end of a caption and keeps it out of the name before it', () => {
    const text = "Coco Gauff cries after losing to Latvia's Jelena Ostapenko REUTERS/Loren Elliott\nTennis - Australian Open";
    expect(credited(text)).toEqual(['REUTERS/Loren Elliott']);
    const names = extractArticle({ text: `The match ended late at night. ${text}\n\nGauff said she was tired.`, publishedAt: '2024-01-22' }).entities.map((e) => e.name);
    expect(names).toContain('Jelena Ostapenko');
    expect(names.filter((n) => /REUTERS|Loren/.test(n))).toEqual([]);
  });
  it("finds a caption's photographer after 'Photo /'", () => {
    const text = 'Jacinda Ardern and Clarke Gayford leave together on Thursday. Photo / Warren Buckland\nPicture: Jane Roe';
    expect(credited(text)).toEqual(['Photo / Warren Buckland', 'Picture: Jane Roe']);
  });
  it('finds agency sign-off lines', () => {
    expect(credited('The players went on strike.\n\nWriting by Jane Roe; Editing by John Doe and Ann Lee')).toEqual(['Writing by Jane Roe; Editing by John Doe and Ann Lee']);
  });
  it('leaves brackets and short lines that are story text alone', () => {
    expect(credited('The Harbour Workers Union (HWU) said talks failed.\nIn short:\nProfits rose (see chart).')).toEqual([]);
  });
  it('keeps credited names out of the entities', () => {
    const x = extractArticle({ text: 'Commuters wear masks on the trains on April 25, 2023. Mark Demayo, ABS-CBN News\n\nHealth Secretary Ted Herbosa said there was no outbreak.', publishedAt: '2023-12-05' });
    expect(x.entities.map((e) => e.name)).toEqual(['Ted Herbosa']);
  });
});
