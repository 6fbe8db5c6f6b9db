import { SITES, buildTestSites } from '../sites';

/** Global setup of the build project: builds the real and the fixture site once, side by side. */
export default async function setup(): Promise<void> {
  await buildTestSites([SITES.real, SITES.fixture]);
}
