import { generate } from './generate.ts';
import { loadContentDir } from '../src/utils/content-files.ts';
import { checkIntegrity, formatProblems } from '../src/utils/integrity.ts';
const n = Number(process.argv[2] ?? 100);
console.time('gen'); const r = await generate('/work/main/bench/.tmp/content-' + n, n); console.timeEnd('gen'); console.log(r);
const { content, problems } = await loadContentDir('/work/main/bench/.tmp/content-' + n);
const all = [...problems, ...checkIntegrity(content)];
console.log(all.length, formatProblems(all.slice(0, 5)));
