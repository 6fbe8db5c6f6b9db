import { describe, expect, it } from 'vitest';
import { planArticle as plan, planEvents as events, readLedger as read, speakerOf } from '../ingest-read';

// The patterns of issue 12k, each on sentences written for this file: every name, place, body
// and role here is invented and none comes from the test articles.

describe('speakers', () => {
  it('"According to the daily X, a former driver said …. "…," the driver told the paper": the unnamed source speaks via X', () => {
    const text =
      'According to the daily Morrow Abendblatt, a former chauffeur said Tesk-Varga had planned the funeral himself. "He chose every hymn," the chauffeur told the paper.';
    expect(speakerOf(text, 'He chose every hymn')).toMatchObject({ anonymous: true });
    const s = read(text);
    const chauffeur = s.speaker('He chose every hymn');
    expect(chauffeur?.via && s.cast.members.get(chauffeur.via)?.name).toBe('Morrow Abendblatt');
  });
});

describe('words relayed by an outlet', () => {
  it('"…, according to the regional daily L’X d’Y, which quoted a ranger: “…”": the ranger speaks, via the daily', () => {
    const text =
      'Poachers raided the reserve last year, according to the regional daily L’Aube d’Ormesse, which quoted a ranger: “They came at night with dogs and nets.”';
    expect(speakerOf(text, 'They came at night')).toMatchObject({ anonymous: true, kind: 'person' });
    const s = read(text);
    const ranger = s.speaker('They came at night');
    expect(ranger?.via && s.cast.members.get(ranger.via)?.name).toBe('L’Aube d’Ormesse');
  });
});

describe('two people named together', () => {
  it('"Her predecessor, X, and the union’s negotiator, Dr Y, both …. "…," he said.": "he" is X, not a man named earlier', () => {
    const text = [
      'Speaking on Sunday, Mayor Thomas Harwick called her "a builder of bridges". "She never gave up," he said.',
      'Her predecessor and old rival, Osvald Treimanis-Kuhl, and the union\'s chief negotiator, Dr Ingrid Mallory-Penn, both paid tribute on Monday. "We fought over everything but the docks," he said. "She kept us talking until dawn," she said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We fought over')).toMatchObject({ name: 'Osvald Treimanis-Kuhl' });
    expect(speakerOf(text, 'She kept us')).toMatchObject({ name: 'Ingrid Mallory-Penn' });
  });
});

describe('documents', () => {
  it('"X said in its monthly flood report that … "…"": the report is the document, named with the words before it', () => {
    const text =
      'The Marrow Basin Board said in its monthly flood report that nitrate levels were "well above the safe limit" in three streams.';
    expect(speakerOf(text, 'well above the safe')).toMatchObject({
      kind: 'document',
      name: 'Marrow Basin Board monthly flood report',
    });
  });
});

describe('not quotes', () => {
  it('"has taken to calling the coast the "grey mile"": a name given to something, not words said', () => {
    const text =
      'Mayor Ilse Tandry-Voss called the report "a wake-up call for the whole county", and her party has taken to calling the coast the "grey mile".';
    expect(read(text).quotes.map((q) => q.quote)).toEqual(['a wake-up call for the whole county']);
  });
});

describe('future dates', () => {
  it('"… before it expires on March 3": a present tense after "before" speaks of the future', () => {
    expect(
      events(
        'The guild said on Wednesday it had urged members to renew their licences before the scheme expires on March 3.',
      ),
    ).toEqual(expect.arrayContaining([['2027-03-03', 'planned']]));
  });
  it('"expected the inquiry to finish by the end of February": what is awaited lies ahead', () => {
    expect(
      events(
        'Her deputy, Oskar Velling-Strand, said the mayor "wants it settled, not shelved" and expected the inquiry to finish by the end of February.',
      ),
    ).toEqual([['2027-02', 'planned']]);
  });
  it('"the assembly, which is expected to rule on it in April, and …": a relative clause about the future is planned', () => {
    expect(
      events(
        'The plan still needs the consent of the assembly, which is expected to rule on it in April, and the treasury must release funds from a grant it awarded in 2023.',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['2027-04', 'planned'],
        ['2023', 'reported'],
      ]),
    );
  });
});

describe('names', () => {
  it('"Cllr", "Insp", "Supt" and "Cmdr" (with or without a full stop) are titles, not part of the name', () => {
    const text =
      'The board\'s chair, Cllr Morwen Hasselby, said the ferry would run again. "We owe the crew a great deal," said Cllr Hasselby.';
    expect(speakerOf(text, 'We owe the crew')).toMatchObject({ name: 'Morwen Hasselby' });
    const police =
      'Detective Insp. Rhodri Falkenrath said the search had ended. "We found nothing at the quarry," said Insp. Falkenrath.';
    expect(speakerOf(police, 'We found nothing')).toMatchObject({ name: 'Rhodri Falkenrath' });
    const supt = '"The road stays shut," said Supt Agnetha Marrowby-Lund of the county force.';
    expect(speakerOf(supt, 'The road stays')).toMatchObject({ name: 'Agnetha Marrowby-Lund' });
  });
});

describe('background clauses', () => {
  it('"… on Monday, … nearly four years after it closed its doors": the background clause is dated that long before', () => {
    expect(
      events(
        'The Harrowby lido reopened to swimmers on Monday, drawing a queue of 300 people nearly four years after it closed its doors.',
      ),
    ).toEqual([
      ['2026-05-11', 'reported'],
      ['2022', 'reported'],
    ]);
  });
  it('"on polling night, 3 March 2025, down from 61% at the previous vote in 2021": a full date after a time of day, and the figure’s own year', () => {
    expect(
      events(
        'The electoral office said on Tuesday that turnout had reached 54% on polling night, 3 March 2025, down from 61% at the previous vote in 2021.',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['2025-03-03', 'reported'],
        ['2021', 'reported'],
      ]),
    );
  });
});

describe('background clauses with dates of their own', () => {
  it('"X, who set up the trust in 2011, thinks …": a verb of one form for both tenses is past before a past date', () => {
    expect(events('Mr Tallow-Brisk, who set up the trust in 2011, thinks the herons nested early.')).toEqual([
      ['2011', 'reported'],
    ]);
  });
  it('"the worst since 1994, when …": the "when" clause is dated by the year before it', () => {
    expect(
      events(
        'It was the worst flood on this stretch of river since 1994, when 14 houses were swept away at Marrick Ford.',
      ),
    ).toEqual([['1994', 'reported']]);
  });
  it('"Speaking on the quay on Friday night, …, X thanked the crews": a scene of speaking is no event', () => {
    expect(
      events(
        'Speaking on the quay on Friday night, as the last boat came in, the harbour master, Ewan Stroud-Pallis, thanked the crews.',
      ),
    ).toEqual([]);
  });
});

describe('happenings relayed by an outlet', () => {
  it('"Poachers raided the reserve last year, according to the daily X, which quoted a ranger: “…”": the raid is a happening', () => {
    expect(
      events(
        'Poachers raided the reserve last year, according to the weekly Harl Courier, which quoted a ranger: “They came at night with dogs and nets.”',
      ),
    ).toEqual([['2025', 'reported']]);
  });
});

describe('no news of their own', () => {
  it('"has cut delays by 12% in two years": a length of time, no date ahead', () => {
    expect(events('The operator says it has cut delays by 12% in two years.')).toEqual([]);
  });
  it('"against 64% at the same point last year": a comparison point, no happening', () => {
    expect(
      events(
        'The board said on Tuesday that its wards were at 91% of capacity, against 64% at the same point last year.',
      ),
    ).toEqual([]);
  });
});

describe('datelines, scenes and remarks', () => {
  it('"… on Sunday night, flooding 40 homes and cutting power to 900, officials said Monday": one happening, not the telling', () => {
    expect(
      events(
        'BRISDALE, Norland (QL) — A storm swept across northern Norland on Sunday night, flooding 40 homes and cutting power to 900 households, officials said Monday.',
      ),
    ).toEqual([['2026-05-10', 'reported']]);
  });
  it('a scene followed in its paragraph by a remark and then a quote is no event', () => {
    const body = [
      'A river burst its banks in northern Norland on Sunday night.',
      'Outside the school in Brisdale on Tuesday, parents waited for the buses. Caretaker Idris Fenwhistle said the town had dreaded such a flood for decades. "We all knew the bank was weak," he said.',
    ].join('\n\n');
    expect(events(body)).toEqual([['2026-05-10', 'reported']]);
  });
  it('"X told reporters on Tuesday that the injured included …": the speaker’s remark, no news of its own', () => {
    expect(
      events(
        'Fire chief Oona Marrable-Tesk told reporters in Brisdale on Tuesday that the injured included two firefighters and a child.',
      ),
    ).toEqual([]);
  });
});

describe('schedules, texts and scenes', () => {
  it('"The review released with the data on Tuesday calls the drop "…"": a text’s words, no event', () => {
    expect(
      events(
        'The review released with the data on Tuesday calls the drop "the sharpest fall in a generation of records".',
      ),
    ).toEqual([]);
  });
  it('"The vote was due in 2024 but was postponed": a superseded schedule is no event', () => {
    expect(events('The vote was due in 2024 but was postponed twice.')).toEqual([]);
  });
  it('"X said in its monthly bulletin, published on Tuesday, that …": the day the text came out is no happening', () => {
    expect(
      events(
        'The Marrow Basin Board said in its monthly bulletin, published on Tuesday, that lake levels were "lower than in any May on record".',
      ),
    ).toEqual([]);
  });
  it('"In Ashby Cross on Wednesday evening, market traders were packing up early. "…," said X": a scene', () => {
    const body =
      'In Ashby Cross on Wednesday evening, market traders were packing up stalls before the storm. "I have never seen the sky that colour," said Hilda Moorcroft-Tate, 71.';
    expect(events(body)).toEqual([]);
  });
});

describe('scenes of speaking', () => {
  it('"Her deputy, X, and the board’s chair, Dr Y, both paid tribute on Tuesday": the tributes are words, no event', () => {
    expect(
      events(
        "Her deputy and old friend, Osric Vandamme-Lye, and the board's chair, Dr Petra Holm-Acker, both paid tribute on Tuesday.",
      ),
    ).toEqual([]);
  });
});

describe('quote dates', () => {
  /** The statement drafts of a plan (of an article published on Thursday 2026-05-14) as [quote, date]. */
  const quoteDates = (body: string) =>
    plan(body)
      .files.filter((f) => f.collection === 'statements')
      .map((f) => [/^quote: '?(.*?)'?$/m.exec(f.text)?.[1], /^date: '?([\d-]+)/m.exec(f.text)?.[1]]);
  it('a quotation left open past its sentence ("“… by November.") never dates the statement by its own words', () => {
    const body =
      '"We have cut the timetable twice already," Ms Ardwyn-Holt told the Ledger on Wednesday. "If the funding stops, we could lose the night buses by November.\n\n"Nobody wants a town without buses in 2027. This is how we keep them."';
    expect(quoteDates(body)).toEqual([
      ['We have cut the timetable twice already', '2026-05-13'],
      ['If the funding stops, we could lose the night buses by November.', '2026-05-13'],
      ['Nobody wants a town without buses in 2027. This is how we keep them.', '2026-05-13'],
    ]);
  });
});

describe('a lead under a dateline (found in a newcomer run)', () => {
  it('drafts its event without the dateline: excerpt, summary and id start at the news', () => {
    const body =
      'VARNHOLT, May 13 (Quillon Ledger) - The harbour authority closed the old fish quay on Wednesday after a fuel spill.';
    const [event] = plan(body).files.filter((f) => f.collection === 'events');
    expect(event?.text).toMatch(/^summary: '?The harbour authority closed the old fish quay on Wednesday/m);
    expect(event?.text).toMatch(/excerpt: '?The harbour authority closed/);
    expect(event?.text).not.toContain('VARNHOLT');
    expect(event?.path).toMatch(/2026-05-13-the-harbour-authority-closed/);
  });
});
