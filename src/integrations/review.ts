import type { AstroIntegration } from 'astro';

/**
 * Adds the review page `/review/` (src/integrations/review-page.astro) to `astro dev` only:
 * the route is never injected for `astro build`, so no build output ever contains it.
 */
export default function review(): AstroIntegration {
  return {
    name: 'timeline-review',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, logger }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/review', entrypoint: new URL('./review-page.astro', import.meta.url) });
        logger.info('drafts to review: /review/');
      },
    },
  };
}
