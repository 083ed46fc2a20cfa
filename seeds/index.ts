// Public entry of the seeds package for the API and tests (the loader re-exports live here).
import type { Driver } from 'neo4j-driver';

export async function seedDemoIfEmpty(
  _driver: Driver,
  _opts: { database: string; log: (m: string) => void },
): Promise<null> {
  return null;
}
