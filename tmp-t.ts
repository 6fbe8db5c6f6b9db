import { happeningsOf, reportedSpeech, completedAction } from './src/ingest/happenings';
import { findDate, clauses } from './src/ingest/dates';
import { termsOf } from './src/ingest/nlp';
const pub = new Date('2026-04-10T12:00:00Z');
const s = 'KELMSTAD, April 10 - Hessary and Ulmora are close to an agreement that would let Ulmoran fighter jets operate from the Hessarian air base at Kelmstad, officials said on Friday, after two days of talks in the Hessarian capital ended on Thursday.';
console.log(happeningsOf(s, pub));
const h = s.slice(0, s.indexOf(', after'));
console.log(clauses(h), findDate(h, pub), completedAction(h), reportedSpeech(h));
console.log(termsOf(h).slice(0,10).map(t=>t.text+':'+[...t.tags].join('/')));
