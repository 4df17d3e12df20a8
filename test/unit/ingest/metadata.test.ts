import { segmentBlocks } from '../../../src/ingest/layout.js';
import { readDateline, readMetadata } from '../../../src/ingest/metadata.js';

describe('metadata', () => {
  it('reads an agency dateline with a place', () => {
    const d = readDateline('PARIS (Reuters) – The minister said no.', 0, '2024-05-02');
    expect(d?.text).toBe('PARIS (Reuters) –');
    expect(d?.place).toBe('Paris');
    expect(d?.agency).toBe('Reuters');
  });
  it('reads a dateline with a capitalised month and the agency after a comma', () => {
    const d = readDateline('YEREVAN, JUNE 7, ARMENPRESS. Russian foreign minister Sergey Lavrov says he had talks.', 0, '2018-06-07');
    expect([d?.text, d?.place, d?.agency, d?.date]).toEqual(['YEREVAN, JUNE 7, ARMENPRESS.', 'Yerevan', 'ARMENPRESS', '2018-06-07']);
  });
  it('reads a capitalised place the gazetteers lack before a dash or colon, but not a section label', () => {
    expect(readDateline('ISKANDAR PUTERI: The coach said the team improved.', 0, '2023-03-29')?.text).toBe('ISKANDAR PUTERI:');
    expect(readDateline('WATCH: The minister said the bridge would reopen.', 0, '2023-03-29')).toBeNull();
  });
  it('reads dated datelines', () => {
    const ankara = readDateline('ANKARA (UrduPoint News / Sputnik - 03rd January, 2023) Ankara is cooperating.', 0, '2023-01-03');
    expect([ankara?.place, ankara?.agency, ankara?.date]).toEqual(['Ankara', 'UrduPoint News / Sputnik', '2023-01-03']);
    expect(readDateline('Oct. 23 (UPI) -- A firm said it lost money.', 0, '2024-10-23')?.date).toBe('2024-10-23');
    const kyiv = readDateline('KYIV, Aug 12: Officials said the dam held.', 10, '2024-08-12');
    expect(kyiv?.date).toBe('2024-08-12');
    expect(kyiv?.place).toBe('Kyiv');
    expect(kyiv?.start).toBe(10);
  });
  it('reads place-only datelines and ignores non-places', () => {
    expect(readDateline('Geneva, Switzerland - The agency declared an emergency.', 0, null)?.place).toBe('Geneva');
    expect(readDateline('Islamabad: Two rivals claimed victory.', 0, null)?.place).toBe('Islamabad');
    expect(readDateline('Operation Dawn: The army said it advanced.', 0, null)).toBeNull();
  });
  it('reads a capitalised dateline with no dash after its date, and only a capitalised one', () => {
    expect(readDateline('KINSHASA, Nov 18 Rebels reached the city.', 0, '2012-11-19')?.date).toBe('2012-11-18');
    expect(readDateline('Kinshasa, Nov 18 Rebels reached the city.', 0, '2012-11-19')).toBeNull();
  });
  it('reads a dateline with a colon after an agency or a region in brackets', () => {
    expect(readDateline('Sriharikota (AP): ISRO lined up launches.', 0, null)?.text).toBe('Sriharikota (AP):');
    expect(readDateline('Indore (Madhya Pradesh): The health department said so.', 0, null)?.text).toBe('Indore (Madhya Pradesh):');
    expect(readDateline('Operation Dawn (phase two): The army advanced.', 0, null)).toBeNull();
  });
  it('finds the dateline after summary bullets and a byline', () => {
    const text = '* Rebels hold position outside city\n* Residents trying to leave\nBy Jo Hogg\nKINSHASA, Nov 18 Rebels in Congo reached the outskirts of Goma on Sunday after pushing back government troops.';
    expect(readMetadata({ text, publishedAt: '2012-11-19' }, segmentBlocks(text)).dateline?.date).toBe('2012-11-18');
  });
  it('takes the headline and the publication date from the text', () => {
    const text = 'menu icon search icon share icon close icon\n5 Mar, 2024 08:00\n\nCouncil backs new park\n\nThe council voted on Monday to build a park.';
    const m = readMetadata({ text }, segmentBlocks(text));
    expect(m.title).toBe('Council backs new park');
    expect(m.publishedAt).toBe('2024-03-05T08:00:00');
  });
});
