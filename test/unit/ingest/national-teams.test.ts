import { nationalTeamName, nationalTeamNicknames, sportOf } from '../../../src/ingest/national-teams.js';
import { names } from './entity-listing.js';

describe('national-teams', () => {
  it('names teams in the encyclopaedic form', () => {
    expect(nationalTeamName('New Zealand', 'rugby union')).toBe('New Zealand national rugby union team');
    expect(nationalTeamName('Spain', 'football', true)).toBe("Spain women's national football team");
    expect(new Map(nationalTeamNicknames()).get('Super Eagles')).toBe('Nigeria national football team');
  });

  it('tells the sport of a story from its words', () => {
    expect(sportOf('Bumrah took four wickets as India won the Test by an innings.')).toBe('cricket');
    expect(sportOf('The flanker scored a try after a dominant scrum in the rugby final.')).toBe('rugby union');
    expect(sportOf('The NRL club said rugby league needed the State of Origin money.')).toBe('rugby league');
    expect(sportOf('The striker joined the Premier League side from a Serie A club.')).toBe('football');
    // one sporting word is not a sports story
    expect(sportOf('The minister said the economy was like a football match.')).toBeNull();
  });

  it('finds teams by nickname and countries that play', () => {
    const got = names('South Africa beat England 32-12 in the rugby final, a year after the Springboks lost a scrum battle to the All Blacks.');
    expect(got).toEqual(expect.arrayContaining([
      'ORGANISATION:South Africa national rugby union team',
      'ORGANISATION:England national rugby union team',
      'ORGANISATION:New Zealand national rugby union team',
    ]));
    expect(names("India's six-wicket defeat to Australia ended the series, and the bowlers and batters flew home.")).toEqual(
      expect.arrayContaining(['ORGANISATION:India national cricket team', 'ORGANISATION:Australia national cricket team']),
    );
  });

  it('finds teams around a score and by their demonym in a football story', () => {
    const got = names('Indonesia beat Vietnam in the Asian Cup after a penalty in the first half, and the goals dried up.\n\nThe result was Vietnam 0-1 Indonesia. The coach praised the Vietnamese team and said Nigeria’s squad would be next.');
    expect(got).toEqual(expect.arrayContaining(['ORGANISATION:Vietnam national football team', 'ORGANISATION:Indonesia national football team', 'ORGANISATION:Nigeria national football team']));
  });
  it('leaves countries as places outside results and outside sports stories', () => {
    expect(names('Sanctions against Russia were agreed in Brussels, the minister said.')).toEqual(expect.arrayContaining(['LOCATION:Russia']));
    const cricket = names('The bowlers and batters trained in Bangladesh before the ODI series against a highly proficient Bangladesh team.');
    expect(cricket).toContain('LOCATION:Bangladesh');
    expect(cricket).not.toContain('ORGANISATION:Bangladesh national cricket team');
  });
});
