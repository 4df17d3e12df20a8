import { findCues, takesObject } from '../../../src/ingest/cues.js';

const lemmas = (s: string): string[] => findCues(s).map((c) => c.lemma);

describe('cues', () => {
  it('finds reporting verbs and multi-word cues', () => {
    expect(lemmas('The mayor said the road was safe.')).toEqual(['say']);
    expect(lemmas('The union called for a strike and ruled out talks.')).toEqual(['call for', 'rule out']);
    expect(lemmas('The ministry put the death toll at 40.')).toEqual(['put the toll at']);
  });
  it('reads namings, shared clauses, points made and reminders with their content', () => {
    expect(lemmas('Police have termed them illegal. Masupu referred to the cases as “probable”. The spokesperson identified the suspects as Hamidu Ssekide and Kato.')).toEqual(['term', 'refer to', 'identify']);
    expect(lemmas('The boy was identified as Tom. He was referred to a specialist. She identified the problem as well. The newly branded store opened.')).toEqual([]);
    expect(lemmas('Fahmi also shared that the acronym will change. They shared a meal.')).toEqual(['share']);
    expect(lemmas('Mulinge underscored the significance of the results. Yego highlighted the company’s drive. Roads were highlighted in red. She highlighted passages.')).toEqual(['underscore', 'highlight']);
    expect(lemmas('He reminded: “Remember the Lord.” Davis reminded the community at COP27 of the new reality. He reminded the crowd loudly.')).toEqual(['remind', 'remind']);
    expect(lemmas('The spokesman informed that the verdict stands.')).toEqual(['inform']);
  });
  it('reads raised concerns as a statement', () => {
    expect(lemmas('The research firm raised concerns about the shares. Critics are raising fears of a crash.')).toEqual(['raise concerns', 'raise concerns']);
  });
  it('reads requests, conclusions and continuations with their content only', () => {
    expect(lemmas('He requested the ambassador to disseminate the message. Smith concluded that the plan was sound. He anticipated that prices will fall.')).toEqual(['request', 'conclude', 'anticipate']);
    expect(lemmas('“I see opportunities,” he continued. “There were cases,” he went on.')).toEqual(['continue', 'go on']);
    expect(lemmas('The records were requested by police. The talks concluded on Friday. He continued to work. The war went on for years.')).toEqual([]);
  });
  it('leaves wins, tolls, possessive allegations and "in writing" alone', () => {
    expect(lemmas('Zareh, who claimed gold in the 125kg category, won. The party claimed 40 seats. The storm claimed the lives of ten.')).toEqual([]);
    expect(lemmas('Her alleged embezzlement grew. The city had nothing in writing.')).toEqual([]);
    expect(lemmas('The rebels claimed responsibility. She expressed pride in the athletes. He expressed grief.')).toEqual(['claim', 'express']);
  });
  it('takes orders and mentions only with their complements', () => {
    expect(lemmas('The magistrate ordered the 19 to be held at the station.')).toEqual(['order']);
    expect(lemmas('He was ordered to pay a fine.')).toEqual([]);
    expect(lemmas('The chef ordered fish.')).toEqual([]);
    expect(lemmas('Broos mentioned a desire for victory.')).toEqual(['mention']);
    expect(lemmas('As mentioned earlier, the plan failed.')).toEqual([]);
  });
  it('leaves non-speech uses of maintained, adding and accused alone', () => {
    expect(lemmas('Safaricom maintained a steady momentum, adding 2.1 million new customers.')).toEqual([]);
    expect(lemmas('He maintained that he was innocent, adding that he would appeal.')).toEqual(['maintain', 'add']);
    expect(lemmas('The accused, including one woman, will spend the night in jail.')).toEqual([]);
    expect(lemmas('The 19 were arraigned on Tuesday and accused of trespassing.')).toEqual([]);
    expect(lemmas('The officer has been granted bail with one surety and ordered to report to the police.')).toEqual([]);
    expect(lemmas('The judge granted bail and ordered him to report to the police.')).toEqual(['order']);
    expect(lemmas('Akram hailed from Muzaffarabad.')).toEqual([]);
    expect(lemmas('They took away the cash grant from students, added VAT on light and water.')).toEqual([]);
    expect(lemmas('The samples were confirmed negative. The results were announced on Friday. Residents were warned to stay inside.')).toEqual([]);
    expect(lemmas('After venomous tweets by Trump, attacks claimed by the TTP rose.')).toEqual([]);
    expect(lemmas('He has been found guilty and convicted for contempt. Details added (first version posted at 11:30). He said this after a meeting.')).toEqual([]);
    expect(lemmas('The result was announced by the electoral commission.')).toEqual(['announce']);
  });
  it('finds according to and agentless reporting', () => {
    expect(findCues('According to the agency, rain fell.')[0]?.form).toBe('according');
    expect(findCues('It is also reported that the bridge fell.')[0]?.form).toBe('passive');
    expect(findCues('Ten people are reported to have died.')[0]?.form).toBe('passive');
  });
  it('skips noun uses and infinitives', () => {
    expect(lemmas('He rejected the claims made by rivals.')).toEqual(['reject']);
    expect(lemmas('Unconfirmed reports of shelling spread.')).toEqual([]);
    expect(lemmas('She wants to say more later.')).toEqual([]);
  });
  it('marks participles', () => {
    expect(findCues('He left, saying he was tired.')[0]?.form).toBe('participle');
    expect(takesObject('tell')).toBe(true);
  });
});
