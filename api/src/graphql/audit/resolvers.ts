import type { MercuriusContext } from 'mercurius';
import neo4j from 'neo4j-driver';
import { fromStored, verifyAudit } from '../../audit/verify.js';
import { AppError } from '../../db/executor.js';
import { dateParam } from '../explore/expand.js';
import { num } from '../../db/values.js';
import { checkLimit, viewerParams } from '../explore/service.js';
import type { MutationResolvers, QueryResolvers } from '../generated.js';
import { redactPage } from './redact.js';
import { type Account, usersNamed } from './users.js';

/** The usernames the audit's user filter stands for (./users.ts), sorted; null when it is
 * empty. */
async function matchedUsers(
  ctx: MercuriusContext,
  meta: { operation: string; user: string },
  text: string | null | undefined,
): Promise<string[] | null> {
  const accounts = text?.trim()
    ? ((await ctx.app.db.readQuery(meta, 'audit/users', {})) as unknown as Account[])
    : [];
  return usersNamed(text, accounts)?.sort() ?? null;
}

/** Keeps in this request's own audit record which accounts its user filter stood for. */
function recordUsers(ctx: MercuriusContext, field: string, users: string[] | null): void {
  const f = ctx.audit?.fields.find((x) => x.name === field);
  if (f && users) f.users = users;
}

export const auditResolvers: { Query: QueryResolvers; Mutation: MutationResolvers } = {
  Query: {
    auditRecords: async (_root, args, ctx) => {
      await ctx.app.audit.flush();
      const limit = checkLimit(args.first ?? 100);
      const meta = { operation: 'auditRecords', user: ctx.user!.username };
      // A user is asked for by username or by the name shown for them (./users.ts).
      const users = await matchedUsers(ctx, meta, args.user);
      const rows = await ctx.app.db.readQuery(meta, 'audit/search', {
        users,
        automatic: args.automatic ?? null,
        entity: args.entity ?? null,
        from: dateParam(args.from, 'from'),
        to: dateParam(args.to, 'to'),
        beforeSeq: args.beforeSeq == null ? null : neo4j.int(args.beforeSeq),
        limit: neo4j.int(limit),
        ...viewerParams(ctx.user!),
      });
      const stored = rows.map((r) => fromStored(r.a as Record<string, unknown>));
      // Need-to-know on the way out (./redact.ts); the filter's entity is checked with the page.
      const entity = args.entity ?? null;
      const { records, withheld } = await redactPage(
        ctx.app.db,
        ctx.user!,
        stored,
        entity === null ? [] : [entity],
      );
      // An entity the viewer may not see is answered as an unknown one: whether anyone looked
      // at it is not told.
      // Which accounts the user filter stood for, said on the screen and kept in this search's
      // own record (review: "ivan" finds "Ivana" too).
      recordUsers(ctx, 'auditRecords', users);
      if (entity !== null && withheld.id(entity))
        return { records: [], nextBeforeSeq: null, users };
      // (Nor whether a hidden hypothesis was about it: audit/search.cypher leaves those out.)
      return {
        records,
        nextBeforeSeq: records.length === limit ? records.at(-1)!.seq : null,
        users,
      };
    },
    auditVerify: async (_root, _args, ctx) => {
      await ctx.app.audit.flush();
      return verifyAudit(ctx.app.db);
    },
  },
  Mutation: {
    recordExport: async (_root, args, ctx) => {
      if (!/^(png|svg|csv|json)$/.test(args.format))
        throw new AppError('BAD_INPUT', `format must be png, svg, csv or json; got ${args.format}`);
      // The record keeps the export's marking as it was (ADR 0014): the levels and compartments
      // of its entities, links and hypotheses can change after the file has left.
      const [row] = await ctx.app.db.readQuery(
        { operation: 'recordExport', user: ctx.user!.username },
        'audit/export-marking',
        {
          ids: [...new Set(args.entityIds)],
          linkIds: [...new Set(args.linkIds ?? [])],
          hypothesisIds: [...new Set(args.hypothesisIds ?? [])],
          ...viewerParams(ctx.user!),
        },
      );
      const field = ctx.audit?.fields.find((f) => f.name === 'recordExport');
      if (field && row)
        field.marking = {
          classification: num(row.classification),
          compartments: [...(row.compartments as string[])].sort(),
        };
      return true;
    },
    // Its audit record, written for every mutation, is the point: who took which records away.
    recordAuditExport: async (_root, args, ctx) => {
      if (!Number.isInteger(args.records) || args.records < 0 || args.records > 100_000)
        throw new AppError(
          'BAD_INPUT',
          `records must be a whole number from 0 to 100,000; got ${args.records}`,
        );
      // The record says which accounts the exported records were of, not only the text typed.
      const meta = { operation: 'recordAuditExport', user: ctx.user!.username };
      const users = await matchedUsers(ctx, meta, args.user);
      recordUsers(ctx, 'recordAuditExport', users);
      return true;
    },
  },
};
