import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SITE_URL, readEnv } from '../../src/config/env';
import siteUrlCheck from '../../src/integrations/site-url';

describe('readEnv', () => {
  it('gives defaults for a local build', () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      siteUrl: DEFAULT_SITE_URL,
      siteUrlIsDefault: true,
      basePath: '/',
      contentDir: './content',
      deploying: false,
    });
    expect(Object.values(env.bench).every((lever) => lever === false)).toBe(true);
  });

  it('reads the deployment settings and the benchmark levers', () => {
    const env = readEnv({ SITE_URL: 'https://t.example', BASE_PATH: '/t', CI: 'true', TIMELINE_NO_CACHE: '1' });
    expect(env).toMatchObject({
      siteUrl: 'https://t.example',
      siteUrlIsDefault: false,
      basePath: '/t',
      deploying: true,
    });
    expect(env.bench.noCache).toBe(true);
  });
});

describe('the SITE_URL check', () => {
  const run = (env: { siteUrlIsDefault: boolean; deploying: boolean }, command: 'build' | 'dev') => {
    const logger = { warn: vi.fn() } as unknown as AstroIntegrationLogger;
    const hook = siteUrlCheck(env).hooks['astro:config:setup'] as (options: unknown) => void;
    hook({ command, logger });
    return logger.warn as ReturnType<typeof vi.fn>;
  };

  it('fails a deployment build without SITE_URL, naming it', () => {
    expect(() => run({ siteUrlIsDefault: true, deploying: true }, 'build')).toThrow(/SITE_URL is not set/);
  });

  it('warns in one line on a local build, and says nothing when SITE_URL is set or in dev', () => {
    expect(run({ siteUrlIsDefault: true, deploying: false }, 'build')).toHaveBeenCalledTimes(1);
    expect(run({ siteUrlIsDefault: false, deploying: true }, 'build')).not.toHaveBeenCalled();
    expect(run({ siteUrlIsDefault: true, deploying: true }, 'dev')).not.toHaveBeenCalled();
  });
});
