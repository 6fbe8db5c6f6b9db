import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import remarkSafe from '../../src/site/remark-safe';

async function render(md: string): Promise<string> {
  // The same processor as astro.config.mjs configures for content.
  const renderer = await unified({ remarkPlugins: [remarkSafe] }).createRenderer({} as never);
  return (await renderer.render(md)).code;
}

describe('remarkSafe', () => {
  it('renders raw HTML as escaped text', async () => {
    const html = await render(
      'Before <script>alert(1)</script> and <img src=x onerror="alert(2)"> after.\n\n<div onclick="x()">block</div>',
    );
    expect(html).not.toMatch(/<script|<img|<div/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('&#x3C;img src=x onerror="alert(2)">');
  });

  it('drops script-capable link URLs but keeps safe ones', async () => {
    const html = await render(
      '[bad](javascript:alert(1)) [Bad2](JaVaScRiPt:alert(1)) [data](data:text/html,x) [good](https://example.org/) [local](/events/x/) ![img](javascript:x)',
    );
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('<a href="https://example.org/">good</a>');
    expect(html).toContain('<a href="/events/x/">local</a>');
    expect(html).toContain('bad');
  });
});
