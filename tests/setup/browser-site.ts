import { SITES, buildTestSites } from '../sites';

/** Global setup of the browser project: builds the fixture site the browser tests visit. */
export default async function setup(): Promise<void> {
  await buildTestSites([SITES.fixture]);
}
