import { describe, expect, it } from 'vitest';
import { planEvents as events, planQuoteDates as quoteDates, speakerOf } from '../ingest-read';

// The patterns of issue 12o, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('reported speech without quotation marks is no news', () => {
  it('"said Tuesday the …", "told the Orrin Herald yesterday": a day right after the speech verb dates the speaking', () => {
    expect(
      events('A spokesman for the mayor, Tobiah Renfrew, said Tuesday the mayor regarded the vote as "a fair result."'),
    ).toEqual([]);
    expect(events('"We are not going anywhere," she told the Orrin Herald yesterday.')).toEqual([]);
    expect(events('The club\'s press officer said Monday morning the ground was "fit to play."')).toEqual([]);
  });
  it('""We will …," he told X yesterday": a future inside the quote makes no sentence about the future, and the telling is no news', () => {
    expect(
      events('"We shall rebuild the pier by summer," the harbourmaster told the Orrin Herald on Tuesday.'),
    ).toEqual([]);
    expect(events('"Nobody will be sacked," Ilsa Marrow told staff yesterday.')).toEqual([]);
  });
  it('"told the Gazette on Monday that the club had sacked him "…"": a reported action with words quoted is the quote\'s statement, no event', () => {
    expect(
      events(
        'The harbour master, Odile Prentis, told the Gazette on Monday that the board had approved the loan "with some reluctance".',
      ),
    ).toEqual([]);
    expect(
      events('Selwyn Ardry said on Tuesday that his firm had lost the contract "for reasons nobody has explained".'),
    ).toEqual([]);
  });
  it('"X confirmed the appointment on Tuesday", "X denied that on Monday": confirming and denying report speech', () => {
    expect(events("The club's chairman, Gideon Harrowell, confirmed the appointment on Tuesday.")).toEqual([]);
    expect(events('Perrin Osk, a lawyer for the family, denied that on Monday evening.')).toEqual([]);
    expect(events('The ministry denied on Wednesday that any files had been lost.')).toEqual([]);
    expect(events("Tarvenia's Health Minister, Edda Moll, confirmed the closure on Monday.")).toEqual([]);
  });
});

describe('a request for comment unanswered is no news', () => {
  it('"did not respond to emails on Tuesday", "could not be reached Monday", "was unable to contact …", "declined to comment"', () => {
    expect(events('The Varnel Group did not respond to emails on Tuesday.')).toEqual([]);
    expect(events('Orrin Tallis could not be reached for comment Monday.')).toEqual([]);
    expect(events("The Herald was unable to contact the firm's owners on Wednesday.")).toEqual([]);
    expect(events('A spokesperson for the council declined to comment on Tuesday.')).toEqual([]);
  });
});

describe('the publishing of a text quoted is no news', () => {
  it('"In its written findings, published on Friday, the tribunal found that …"…"": the text quoted, no event', () => {
    expect(
      events(
        'In its written findings, published on Friday afternoon, the tribunal found that the landlord had "wilfully ignored" his tenants.',
      ),
    ).toEqual([]);
    expect(
      events('In their written reasons, released on Monday, the judges said the agency had "plainly overreached".'),
    ).toEqual([]);
  });
  it('"Its written order, released Tuesday night, said …": a text set off with its release says the words, no event', () => {
    expect(
      events('Its written order, released Tuesday night, said the club had "misled the league" for three seasons.'),
    ).toEqual([]);
    expect(events('The panel\'s decision, published on Monday, said Orla Venn had been "badly let down".')).toEqual([]);
  });
  it('"…, which the union published yesterday": the release of a text named before is no happening of its own', () => {
    const dates = (text: string) => events(text).map(([date]) => date);
    expect(
      dates('She explained her decision in a letter to members on Friday, which the union published yesterday.'),
    ).not.toContain('2026-05-13');
    expect(dates('The findings are set out in a 40-page report, which the regulator released on Tuesday.')).toEqual([]);
  });
});

describe('what did not happen is no news', () => {
  it('"She said the nurses had not been paid for April": a negated reported clause dates no happening', () => {
    expect(events('She said the nurses had not been paid for April.')).toEqual([]);
    expect(events('The union said on Monday that its members had never received a rise in 2025.')).toEqual([]);
    // A negation after the date, or "not guilty", negates no happening.
    expect(events('Her lawyer said she would plead not guilty at a hearing on June 2.')).toHaveLength(1);
    expect(events('Odell Marsh said the lease would end in August and would not be renewed.')).toHaveLength(1);
  });
  it('"No Varnel side had reached a final since 1994": a subject negated by "No" makes "since" no starting point', () => {
    expect(events('No Varnel side had reached a cup final since 1994.')).toEqual([]);
    expect(events('Not one ferry has left Orrin harbour on time since March.')).toEqual([]);
  });
});

describe('plans and deadlines', () => {
  it('"are planning a reunion in March": a plan in the present progressive is planned, for the next March', () => {
    expect(events('The surviving crew are planning a reunion in March.')).toEqual([['2027-03', 'planned']]);
    expect(events('The villagers are now organising a street party in April.')).toEqual([['2027-04', 'planned']]);
  });
  it('"has until June 30 to lodge an appeal": a time allowed is a deadline, planned', () => {
    expect(events('Under league rules, the club has until June 30 to lodge an appeal.')).toEqual([
      ['2026-06-30', 'planned'],
    ]);
    expect(events('Tenants have until Aug. 4 to leave the building.')).toEqual([['2026-08-04', 'planned']]);
  });
  it('"is expected to reopen in late 2027", "in mid-2029": a part of a year is that year, planned', () => {
    expect(events('The Orrin footbridge is expected to reopen in late 2027.')).toEqual([['2027', 'planned']]);
    expect(events('Work on the new ferry terminal will begin in mid-2029.')).toEqual([['2029', 'planned']]);
  });
});

describe('"this morning" and texts that speak now', () => {
  it('"were winched to safety at 05:40 this morning": the day of the publication', () => {
    expect(events('The last two climbers were winched to safety at 05:40 this morning.')).toEqual([
      ['2026-05-14', 'reported'],
    ]);
    expect(events('Divers recovered the second engine this afternoon.')).toEqual([['2026-05-14', 'reported']]);
  });
  it('""…for this afternoon," she said": inside quoted words "this afternoon" dates nothing', () => {
    expect(
      quoteDates(
        'Senator Ilse Marr spoke to reporters after the vote on Wednesday. "I have waited ten years for this afternoon," she said. She said the board would "review every penny".',
      ),
    ).toEqual([
      ['I have waited ten years for this afternoon', '2026-05-13'],
      ['review every penny', '2026-05-13'],
    ]);
  });
  it('"09:15 — A court order published this morning sheds more light": a text published, speaking in the present, is no news', () => {
    expect(events('09:15 — A court order published this morning sheds more light on the missing funds.')).toEqual([]);
    expect(events('The audit released on Monday shows a gap of four million marks.')).toEqual([]);
  });
  it('"11:48 — Minister X told parliament this morning that …": the time stamp of a live blog is no part of the subject', () => {
    expect(
      events('11:48 — Trade Minister Odo Varrel told parliament this morning that the state would not buy the shares.'),
    ).toEqual([]);
  });
});

describe('speakers', () => {
  it('""…," Dennis told the Herald": a first name alone before a speech verb is the one person named with it before', () => {
    const text =
      'Grandfather-of-three Dennis Ollerby, 71, lost his allotment on Monday. "Forty years I dug that plot," Dennis told the Herald yesterday.';
    expect(speakerOf(text, 'Forty years')).toMatchObject({ name: 'Dennis Ollerby', kind: 'person' });
    const other = 'Mum-of-two Kerensa Pollard, 39, was sent home. Kerensa said last night: "I just want an apology."';
    expect(speakerOf(other, 'I just want')).toMatchObject({ name: 'Kerensa Pollard', kind: 'person' });
  });
  it('"Amparo X walks between the rows …. "…," she says.": a name opening its sentence before quotes a pronoun gives is a person', () => {
    const text =
      'Frost destroyed half of the harvest in the Orvell Valley. Itziar Oyarzabal walks between rows of dead vines near Calvaro. "This is the worst year I remember," she says.';
    expect(speakerOf(text, 'This is the worst')).toMatchObject({ name: 'Itziar Oyarzabal', kind: 'person' });
    const other =
      'The mill at Dunnock Ford closed on Friday. Gorka Penhallow stands at the gate he locked for the last time. "Sixty years, gone," he says.';
    expect(speakerOf(other, 'Sixty years')).toMatchObject({ name: 'Gorka Penhallow', kind: 'person' });
  });
  it('"Fennimore\'s team returns in June. She said …": a surname in a possessive is a mention of the person, for "she"', () => {
    const text =
      'The survey was led by the ecologist Orla Fennimore. A council officer told the Gazette that the lane would stay shut. Fennimore\'s team returns in June to ring the chicks. She said the site would stay secret.\n\n"We found the nest," she said.';
    expect(speakerOf(text, 'We found the nest')).toMatchObject({ name: 'Orla Fennimore', kind: 'person' });
  });
  it('""Every hour costs us money." X, the fleet manager, has been on the phone all week. "…," he said.": the person introduced after', () => {
    const text =
      'The port closed on Monday.\n\n"Every hour costs us money." Anselm Quarrie, the firm\'s fleet manager, has been on the phone all week. "Nobody can tell us when it reopens," he said.';
    expect(speakerOf(text, 'Every hour')).toMatchObject({ name: 'Anselm Quarrie', kind: 'person' });
    const other =
      'Snow closed the pass again.\n\n"We have done this drive for thirty years." Brigid Tollemache runs the village shop. "We will manage," she said.';
    expect(speakerOf(other, 'We have done')).toMatchObject({ name: 'Brigid Tollemache', kind: 'person' });
  });
  it('"the Revd Aldous Penrose": "Revd" is an honorific, and "Mrs / Mr Penrose said" is the person named with it', () => {
    const text =
      'The vicar, the Revd Aldous Penrose, read out the letter at matins. "Half of them wept," Mr Penrose said afterwards.';
    expect(speakerOf(text, 'Half of them')).toMatchObject({ name: 'Aldous Penrose', kind: 'person' });
    const other = 'The Revd Tamsin Odgers-Vale led the vigil. "We stayed until dawn," Mrs Odgers-Vale said.';
    expect(speakerOf(other, 'We stayed')).toMatchObject({ name: 'Tamsin Odgers-Vale', kind: 'person' });
  });
  it('"Tarrow Heights Funicular said in a statement …": a name ending in a word for a transport or trading firm is an organisation, whose statement it is', () => {
    const text =
      'Tarrow Heights Funicular said in a statement that the brake "gave way without warning" and that the spare cable "could not be fitted in time".';
    expect(speakerOf(text, 'gave way')).toMatchObject({ name: 'Tarrow Heights Funicular statement', kind: 'document' });
    const other = 'Brackley Coaches said in a statement that it had "simply run out of money".';
    expect(speakerOf(other, 'simply run out')).toMatchObject({ name: 'Brackley Coaches statement', kind: 'document' });
  });
  it('"In a statement, the ministry classed the storm as "…"": "classed", "classified", "termed" give words, like "called"', () => {
    const text =
      'The Fisheries Ministry opened a fund on Tuesday. In a statement, the ministry classed the storm as "a once-in-a-century event," which lets owners claim.';
    expect(speakerOf(text, 'a once-in')).toMatchObject({ name: 'Fisheries Ministry statement', kind: 'document' });
    const other = 'The Varnel Rail Board termed the delays "wholly unacceptable" on Friday.';
    expect(speakerOf(other, 'wholly unacceptable')).toMatchObject({ name: 'Varnel Rail Board', kind: 'organisation' });
  });
});

describe('the news reaching people', () => {
  it('"Villagers heard the news on the radio on Monday", "staff learned the news from an email on Tuesday": a scene, no event', () => {
    expect(events('Villagers in Orrin heard the news on the radio on Monday morning.')).toEqual([]);
    expect(events('One nurse said staff learned the news from an email sent on Tuesday night.')).toEqual([]);
  });
});

describe('a past happening with a clause of this week after it', () => {
  it('"founded in 1961 …, and was still run by his nephews until this week": the founding, reported, in 1961', () => {
    expect(
      events(
        'The firm was founded in 1961 by Osric Vane with a single lorry, and was still run by his nephews until this week.',
      ),
    ).toEqual([['1961', 'reported']]);
    expect(
      events('The mill opened in 1887 beside the weir, and had been owned by the Tarrant family until this month.'),
    ).toEqual([['1887', 'reported']]);
  });
});
