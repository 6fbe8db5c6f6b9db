import { describe, expect, it } from 'vitest';
import { planEvents as events, speakerOf } from '../ingest-read';

// The patterns of issue 12p, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('a pronoun before a speech verb is its subject; the phrase after it opens the reported clause', () => {
  it('"It said residents near the river should …": the residents are no speakers of the later quotes', () => {
    const text =
      'The Tarlow Water Board found a burst main on Tuesday. It said residents near the Vennick reservoir should boil tap water "until further notice". ' +
      'The board\'s engineer, Corwin Halse, said the fault was found overnight. "We are flushing the mains now," he said.';
    expect(speakerOf(text, 'until further notice')).toMatchObject({ name: 'Tarlow Water Board' });
    expect(speakerOf(text, 'We are flushing')).toMatchObject({ name: 'Corwin Halse' });
  });
  it('"She also said pupils in year nine would …", "They said fans without tickets …"', () => {
    const text =
      'Headteacher Marisol Quenby wrote to parents on Monday. She also said pupils in year nine would sit their exams "in the sports hall".';
    expect(speakerOf(text, 'in the sports hall')).toMatchObject({ name: 'Marisol Quenby' });
    const other =
      'Stewards at Parrock Road met the club on Friday. The club\'s secretary, Olwen Tate, spoke afterwards. She said fans without tickets would be turned away "at the gate".';
    expect(speakerOf(other, 'at the gate')).toMatchObject({ name: 'Olwen Tate' });
  });
});

describe('an owner, a landlord, a shopkeeper is a person', () => {
  it('"The bakery\'s owner, Gwendolen X, said …" names a person whose first name the lexicon does not know', () => {
    const text =
      'The bakery\'s owner, Gwendolen Fettiplace-Orme, said the ovens would stay cold. "We have baked bread here since the war," she told the Ledger on Monday.';
    expect(speakerOf(text, 'We have baked')).toMatchObject({ name: 'Gwendolen Fettiplace-Orme', kind: 'person' });
    const pub =
      'The landlord of the Crooked Anchor, Tobiah Wellspring-Vane, said the pub had flooded twice. "The cellar is a swimming pool," he said.';
    expect(speakerOf(pub, 'The cellar is')).toMatchObject({ name: 'Tobiah Wellspring-Vane', kind: 'person' });
    const shop =
      'The village shopkeeper, Ysolde Marchbank, has boarded up her windows. "I am not taking chances," she said.';
    expect(speakerOf(shop, 'I am not')).toMatchObject({ name: 'Ysolde Marchbank', kind: 'person' });
  });
});

describe("a text's release is no news", () => {
  it('"In a 12-page decision released Monday, the tribunal said …": a ruling or decision named in front, its release dated', () => {
    expect(
      events(
        'In a 12-page decision released Monday, the disciplinary tribunal said the club had "repeatedly" broken the rules.',
      ),
    ).toEqual([]);
    expect(events('In its judgment published on Tuesday, the appeal court said the fine was "proportionate".')).toEqual(
      [],
    );
    expect(
      events('In a ruling issued late Monday, the ombudsman said the council had treated tenants "with contempt".'),
    ).toEqual([]);
  });
  it('"The safety notice, issued late Monday, orders …": a text set off with its release, speaking in the present', () => {
    expect(
      events(
        'The safety notice, issued late Monday, orders the operator to shut the bridge "until every cable is checked."',
      ),
    ).toEqual([]);
    expect(events('The interim order, published on Tuesday, bans the sale of the flats.')).toEqual([]);
    expect(events('A directive released on Monday requires all ferries to carry a second radio.')).toEqual([]);
  });
});

describe('what a warning or an order sets for a coming day is planned', () => {
  it('"when the storm reaches the coast on Saturday", "the closure runs from 06:00 on Saturday": a present of time or of a schedule lies ahead', () => {
    expect(
      events('Forecasters said on Thursday that flooding was likely when the surge reaches the estuary on Saturday.'),
    ).toEqual([['2026-05-16', 'planned']]);
    expect(events('The closure runs from 06:00 on Saturday until midnight on Sunday.')).toEqual([
      ['2026-05-16', 'planned'],
    ]);
    expect(events('A replacement bus service runs between the two stations from 05:30 on Saturday.')).toEqual([
      ['2026-05-16', 'planned'],
    ]);
  });
  it('"ordered the harbour to close on Sunday": a day after an order\'s infinitive is the one to come', () => {
    expect(events('The mayor ordered all parks in the borough to close on Sunday.')).toEqual([
      ['2026-05-17', 'planned'],
    ]);
    expect(events('Health officials instructed the three hospitals to cancel routine surgery on Monday.')).toEqual([
      ['2026-05-18', 'planned'],
    ]);
  });
});

describe('a possessive before a gerund is no "is"', () => {
  it('"A person at one of the club\'s catering suppliers told X …; "…," the person said": one unnamed source, described whole', () => {
    const text =
      'A person at one of the league\'s broadcasting partners told the Ledger that viewing figures had halved. "Nobody is watching," the person said.';
    expect(speakerOf(text, 'Nobody is watching')).toMatchObject({
      name: "A person at one of the league's broadcasting partners (unnamed source)",
      anonymous: true,
    });
    const other =
      'An engineer at the council\'s parking contractor told the Ledger that the machines had been faulty for months. "We warned them in March," the engineer said.';
    expect(speakerOf(other, 'We warned them')).toMatchObject({
      name: "An engineer at the council's parking contractor (unnamed source)",
    });
  });
});

describe('the medium of a denial or a remark before its day is part of the speaking', () => {
  it('"denied the allegations in a blog post Monday evening", "said in an interview with a local radio station Tuesday"', () => {
    expect(events('Ferreday denied the allegations in a blog post Monday evening.')).toEqual([]);
    expect(events('The striker denied wrongdoing in a statement through his agent on Tuesday.')).toEqual([]);
    expect(
      events('The mayor said in an interview with a local radio station Tuesday that she would not resign.'),
    ).toEqual([]);
  });
});

describe('a double-barrelled surname gives no gender', () => {
  it('"Nkemdi Ashworth-Lyle … "…," she said": the woman who spoke last, not an earlier woman named with "Dame"', () => {
    const text =
      'The principal, Dame Rosalind Ferrow, said the college would appeal. "We are confident," she said.\n\n' +
      'The union president, Nkemdi Ashworth-Lyle, said hundreds of students had packed a hall on Monday.\n\n' +
      '"People are scared," she said.';
    expect(speakerOf(text, 'People are scared')).toMatchObject({ name: 'Nkemdi Ashworth-Lyle' });
    const other =
      'Mrs Odile Harrow chairs the trust. Its secretary, Yewande Pollock-Kerr, said the accounts were late. "We had no auditor for months," she said.';
    expect(speakerOf(other, 'We had no auditor')).toMatchObject({ name: 'Yewande Pollock-Kerr' });
  });
});
