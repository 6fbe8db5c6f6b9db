import { describe, expect, it } from 'vitest';
import { planEvents as events, speakerOf } from '../ingest-read';

// The patterns of issue 12m, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles. The articles are of Thursday 2026-05-14.

describe('documents speaking', () => {
  it('"X\'s court filing, lodged in May, argued …": a written text as the subject is a document, whatever its verb', () => {
    const text =
      'Harrow Quennell\'s court filing, lodged in March, argued that the lease had been "void from the very first day."';
    expect(speakerOf(text, 'void from the very')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'void from the very')?.name).toMatch(/filing/);
  });
  it('"Judge X wrote for the majority": the words are the judge\'s majority opinion', () => {
    const text =
      'The appeals panel voted 3-2 on Monday. "No tenant should be evicted on a technicality," Judge Orla Fennimore wrote for the majority.';
    expect(speakerOf(text, 'No tenant')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'No tenant')?.name).toMatch(/Orla Fennimore.*majority opinion/);
  });
  it('"Judge X, dissenting in …, wrote that …": the words are the judge\'s dissent', () => {
    const text =
      'Judge Casimir Odell, dissenting in Monday\'s ruling, wrote that the notice was "clear enough for any reader."';
    expect(speakerOf(text, 'clear enough')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'clear enough')?.name).toMatch(/Casimir Odell.*dissent/);
  });
  it('"In a statement posted late on Monday, the agency said …": a participle of publishing names the statement', () => {
    const text =
      'The Orvane Water Agency cut supplies to four towns. In a statement posted late on Monday, the Orvane Water Agency said it was "working around the clock" on repairs.';
    expect(speakerOf(text, 'working around')).toMatchObject({ kind: 'document' });
  });
});

describe('texts of people and companies', () => {
  it('"X\'s own status page reported that … "…"": the page is a document', () => {
    const text =
      'Corvane Hosting suffered a six-hour outage on Monday. For the first hour, Corvane\'s own status page reported that every service was "fully operational."';
    expect(speakerOf(text, 'fully operational')).toMatchObject({ kind: 'document' });
  });
  it('"X, who chairs …, sent Y a letter on Tuesday asking …. "…," she wrote.": the words are X\'s letter', () => {
    const text =
      'Rep. Ottilie Branscombe, who chairs the transport committee, sent Corvane a letter on Tuesday asking why the backups failed. "Families cannot wait a week for answers," she wrote.';
    expect(speakerOf(text, 'Families cannot')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'Families cannot')?.name).toMatch(/Ottilie Branscombe.*letter/);
  });
});

describe('a text as the subject before "It"', () => {
  it('"An open letter signed by 300 doctors was delivered to X last week. It called the cuts "…"": the letter speaks', () => {
    const text =
      'The Pellow Students\' Guild backed the strike. An open letter signed by 300 doctors was delivered to the health board last week. It called the cuts "a gamble with lives".';
    expect(speakerOf(text, 'a gamble')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'a gamble')?.name).toMatch(/open letter signed by 300 doctors/i);
  });
});

describe('unnamed people described by their job', () => {
  it('"A theatre and recovery nurse, who asked … not to use her name, said …. "…," she said.": the nurse speaks', () => {
    const text =
      'Tellbury General Hospital will shut its recovery ward in June. A theatre and recovery nurse, who asked the Quillon Ledger not to use her name, said staff heard of the plan from patients. "We are always the last to know," she said.';
    expect(speakerOf(text, 'We are always')).toMatchObject({ anonymous: true });
    expect(speakerOf(text, 'We are always')?.name).toMatch(/nurse/);
  });
});

describe('two speakers on a stage', () => {
  it('"Minister X and the president of the Y Growers\' Guild, Z, clashed …. "…," she said. "…," he replied.": he is Z', () => {
    const text =
      'Harbour Minister Odette Reyne and the president of the Tarn Growers\' Guild, Odo Pellick, clashed at the Pellow show on Tuesday. "We have done all we can," she said. "Then do more," he replied, to cheers.';
    expect(speakerOf(text, 'Then do more')).toMatchObject({ name: 'Odo Pellick', kind: 'person' });
  });
});

describe('ranks and titles of several words', () => {
  it.each([
    ['Air Commodore Tavish Ellery-Brook', 'Tavish Ellery-Brook'],
    ['Rear Admiral Corwen Halsby', 'Corwen Halsby'],
    ['Lieutenant General Odran Fessick', 'Odran Fessick'],
    ['Deputy Chief Constable Maris Oakenfold', 'Maris Oakenfold'],
    ['Wing Commander Petra Inchbald', 'Petra Inchbald'],
    ['Air Vice-Marshal Cyprian Loddon', 'Cyprian Loddon'],
  ])('"%s said": the rank is no part of the name', (written, name) => {
    const text = `The search was called off on Monday. "We have done everything we can," ${written} said.`;
    expect(speakerOf(text, 'We have done')).toMatchObject({ name, kind: 'person' });
  });
});

describe('surnames with a particle', () => {
  it.each([
    ['Rosalind Van Tassel', 'Van Tassel'],
    ['Emeric de Villiers', 'de Villiers'],
    ['Hendrika van der Berge', 'van der Berge'],
    ['Ciaran O’Dowling', 'O’Dowling'],
  ])('"%s" and later "%s said": the bare surname is the whole name', (name, surname) => {
    const text = `State Rep. ${name} voted against the bill on Monday. "This is a sad day for the valley," ${surname} said.`;
    expect(speakerOf(text, 'This is a sad day')).toMatchObject({ name, kind: 'person' });
  });
});

describe('dates to come', () => {
  it('"The guild has called a march … on 2 June": a day and month after the publication, in no past tense, is the next one', () => {
    expect(events("The growers' guild has called a march through Tellbury on 2 June.")).toEqual([
      ['2026-06-02', 'planned'],
    ]);
  });
  it('"… was fined on 2 June": a past verb keeps the last one', () => {
    expect(events("The Tellbury growers' guild was fined on 2 June for blocking the bypass.")).toEqual([
      ['2025-06-02', 'reported'],
    ]);
  });
  it('"after the depot closes its night shift on March 3": a schedule verb with its object before the date lies ahead', () => {
    expect(
      events(
        "Parents in the Ashvale hills will have to travel an hour to school after St. Ulric's Academy closes its sixth form on March 3.",
      ),
    ).toEqual(expect.arrayContaining([['2027-03-03', 'planned']]));
  });
  it('"The ferry went down in a gale on 28 November": an irregular past keeps the last one', () => {
    expect(events('The Morwick ferry went down in a gale off Tarn Head on 28 November.')).toEqual([
      ['2025-11-28', 'reported'],
    ]);
  });
  it('"The ban takes effect at 06:00 on Monday": taking effect lies ahead', () => {
    expect(
      events('The harbour board banned night fishing on Wednesday. The ban takes effect at 06:00 on Monday.'),
    ).toEqual(expect.arrayContaining([['2026-05-18', 'planned']]));
  });
  it('"… in April 2024. She was jailed in July of that year": "of that year" is the year named before', () => {
    expect(
      events(
        'A jury convicted Odile Varnham in April 2024 of fraud. She was jailed in July of that year for four years.',
      ),
    ).toEqual(expect.arrayContaining([['2024-07', 'reported']]));
  });
});

describe('a statement continued', () => {
  it('"In a statement, X said … "…". The company added that … "…"": both are the body\'s statement', () => {
    const text =
      'In a statement, Pellorin Logistics said the contract had been "the hardest call we have made". The company added that the sale would "keep every depot open".';
    expect(speakerOf(text, 'keep every depot')).toMatchObject({ kind: 'document' });
    expect(speakerOf(text, 'keep every depot')?.name).toMatch(/Pellorin Logistics statement/);
  });
});

describe('no news of their own', () => {
  it('"X\'s court filing, lodged in March 2025, argued …": the day a text was filed dates its words, no happening', () => {
    expect(
      events(
        'Harrow Quennell\'s court filing, lodged in March 2025, argued that the lease had been "void from the very first day."',
      ),
    ).toEqual([]);
  });
  it('"The closure order, served on the owners late on Monday, says …": a text served dates its words, no happening', () => {
    expect(
      events(
        'The closure order, served on the owners late on Monday, says the building poses "a danger to anyone inside".',
      ),
    ).toEqual([]);
  });
  it('"The ferry line carried 3.4 million cars last year": a count over a period is a figure, no happening', () => {
    expect(
      events('The Tarn Sound ferry line carried 3.4 million cars last year, more than any other in Velsany.'),
    ).toEqual([]);
  });
  it('"…, which handled 940 cases last year": a count in a relative clause is a figure too', () => {
    const found = events('The council closed the Ormsby legal clinic on Tuesday, which handled 940 cases last year.');
    expect(found).toEqual([['2026-05-12', 'reported']]);
  });
});

describe('scenes of speaking and the reader', () => {
  it('"Speaking alongside his new signing at Friday\'s launch, X was grinning.": a scene of speaking, no news', () => {
    expect(events("Speaking alongside his new signing at Friday's launch, Ambrose Teller was grinning.")).toEqual([]);
  });
  it('"If your train was cancelled on Monday, you can blame …": a sentence to the reader, no news', () => {
    expect(
      events('If your train was cancelled or your ticket gate froze on Monday, you can blame one faulty router.'),
    ).toEqual([]);
  });
});

describe('words on a dated thing', () => {
  it('"He called Tuesday\'s collapse "shameful" but said …": words on a happening told elsewhere, no news', () => {
    expect(
      events(
        'The Orvane bridge collapsed on Tuesday.\n\nHe called Tuesday\'s collapse "shameful" but said nobody would lose their job.',
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
});

describe('letters quoted', () => {
  it('"X sent Y a letter on Tuesday asking …. "…," she wrote.": the sending is no happening', () => {
    expect(
      events(
        'Rep. Ottilie Branscombe, who chairs the transport committee, sent Corvane a letter on Tuesday asking why the backups failed. "Families cannot wait a week for answers," she wrote.',
      ),
    ).toEqual([]);
  });
  it('"An open letter signed by 300 doctors was delivered to X last week. It called …": the delivery is no happening', () => {
    expect(
      events(
        'An open letter signed by 300 doctors was delivered to the health board last week. It called the cuts "a gamble with lives".',
      ),
    ).toEqual([]);
  });
});

describe('scenes', () => {
  const news = 'The Tellbury bakery closed for good on Tuesday after 90 years.\n\n';
  it('"At a bakery on Mill Lane on Tuesday, the closure was all anyone talked about.": a scene, no news', () => {
    expect(
      events(
        `${news}At a bakery on Mill Lane on Tuesday, the closure was all anyone talked about. "It is the end of an era," said customer Wendell Oakby.`,
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
  it('"On a grey Tuesday morning at Pellow Mill, X was sweeping …": a scene, no news', () => {
    expect(
      events(
        `${news}On a grey Tuesday morning at Pellow Mill, Wendell Oakby was sweeping the yard. "We gave it everything," he said.`,
      ),
    ).toEqual([['2026-05-12', 'reported']]);
  });
});
