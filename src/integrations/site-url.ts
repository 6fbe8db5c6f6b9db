import type { AstroIntegration } from 'astro';
import { DEFAULT_SITE_URL, type TimelineEnv } from '../config/env';

/**
 * Makes sure a deployed build points at its real address. A build on a deployment or CI machine
 * (CI=true or DEPLOY=1) without SITE_URL fails, naming SITE_URL; a local build warns in one line
 * that canonical URLs, feeds and the sitemap point at the preview server.
 */
export default function siteUrlCheck(env: Pick<TimelineEnv, 'siteUrlIsDefault' | 'deploying'>): AstroIntegration {
  return {
    name: 'timeline-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || !env.siteUrlIsDefault) return;
        if (env.deploying) {
          throw new Error(
            `SITE_URL is not set: a build for deployment needs the site's address, e.g. SITE_URL=https://timeline.example.org npm run build (canonical URLs, feeds, the calendar and the sitemap use it).`,
          );
        }
        logger.warn(
          `SITE_URL is not set: canonical URLs, feeds and the sitemap point at ${DEFAULT_SITE_URL} (set SITE_URL to deploy).`,
        );
      },
    },
  };
}
