// @ts-check
// The benchmark's baseline: a bare Astro site, one trivial page per Markdown file.
import { defineConfig } from 'astro/config';

export default defineConfig({ devToolbar: { enabled: false } });
