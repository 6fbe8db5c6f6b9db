import { readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve('dist');
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's output style: formatting choices, not validity.
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    'attribute-empty-style': 'off',
    // Titles and quotes legitimately contain long unbroken runs and typographic quotes.
    'long-title': 'off',
    'no-inline-style': 'error',
    // HTML5 allows ids that start with a digit (event ids start with their date).
    'valid-id': ['error', { relaxed: true }],
  },
});

describe('every built page is valid HTML', () => {
  const files = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

  it('finds the pages', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('html-validate reports zero errors', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(DIST, file));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
