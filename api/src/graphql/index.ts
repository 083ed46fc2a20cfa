// The GraphQL schema is the union of every feature's .graphql file; resolvers are merged likewise.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IResolvers } from 'mercurius';
import { auditResolvers } from './audit/resolvers.js';
import { hypothesisResolvers } from './hypotheses/resolvers.js';
import { exploreResolvers } from './explore/resolvers.js';
import { investigationResolvers } from './investigations/resolvers.js';
import { userResolvers } from './users/resolvers.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export function loadSchema(): string {
  return (
    readdirSync(here, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      // users/ defines the base Query and Mutation types; the other features extend them.
      .sort((a, b) =>
        a.name === 'users' ? -1 : b.name === 'users' ? 1 : a.name.localeCompare(b.name),
      )
      .flatMap((d) =>
        readdirSync(path.join(here, d.name))
          .filter((f) => f.endsWith('.graphql'))
          .sort()
          .map((f) => readFileSync(path.join(here, d.name, f), 'utf8')),
      )
      .join('\n')
  );
}

export const resolvers = [
  userResolvers,
  exploreResolvers,
  investigationResolvers,
  auditResolvers,
  hypothesisResolvers,
] as unknown as IResolvers[];
