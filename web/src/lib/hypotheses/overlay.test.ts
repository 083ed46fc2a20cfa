import { describe, expect, it } from 'vitest';
import { edge, entity, provenance } from '../fixtures';
import { addCounts, addSubgraph, emptyGraph, removeNodes } from '../graph';
import { everyState, push, start, undo } from '../history';
import type { Hypothesis } from './api';
import {
  applyChange,
  hypothesisEdge,
  hypothesisIdOf,
  proposalStillDrawn,
  withHypotheses,
  withoutConfirmed,
} from './overlay';

const h = (id: string, fromId: string, toId: string, status = 'PROPOSED'): Hypothesis => ({
  id,
  type: 'ASSOCIATE',
  fromId,
  toId,
  rationale: 'Comparten domicilio',
  confidence: 0.6,
  reliability: 'C',
  credibility: 3,
  version: 1,
  status: status as Hypothesis['status'],
  proposer: 'analista',
  proposerName: 'Ana Analista',
  createdAt: '2026-01-10T10:00:00Z',
  updatedAt: '2026-01-10T10:00:00Z',
  evidenceRecords: ['FGJ:1'],
  classification: 0,
  compartments: [],
});

const g = addSubgraph(emptyGraph, { nodes: [entity('a'), entity('b')], edges: [] });

describe('proposed links over the canvas', () => {
  it('draws a proposal whose two ends are on the canvas as a HYPOTHESIS link', () => {
    const out = withHypotheses(g, new Map([['h1', h('h1', 'a', 'b')]]));
    expect(out.edges.get('hyp:h1')).toEqual(hypothesisEdge(h('h1', 'a', 'b')));
    expect(out.edges.get('hyp:h1')).toMatchObject({
      type: 'HYPOTHESIS',
      source: 'a',
      target: 'b',
      provenance: { source: 'TRAMA', sourceId: 'h1', reliability: 'C', credibility: 3 },
    });
    expect(out.nodes).toBe(g.nodes);
    expect(hypothesisIdOf('hyp:h1')).toBe('h1');
    expect(hypothesisIdOf('5:abc')).toBeNull();
  });

  it('leaves the graph as it is when no proposal has both ends drawn', () => {
    expect(withHypotheses(g, new Map([['h1', h('h1', 'a', 'z')]]))).toBe(g);
    expect(withHypotheses(g, new Map())).toBe(g);
  });

  it('keeps waiting proposals and drops decided or withdrawn ones on a live change', () => {
    const one = new Map([['h1', h('h1', 'a', 'b')]]);
    const added = applyChange(one, { action: 'PROPOSED', hypothesis: h('h2', 'a', 'b') });
    expect([...added.keys()]).toEqual(['h1', 'h2']);
    const approved = applyChange(added, {
      action: 'APPROVED',
      hypothesis: h('h1', 'a', 'b', 'APPROVED'),
    });
    expect([...approved.keys()]).toEqual(['h2']);
    expect(
      applyChange(one, { action: 'REJECTED', hypothesis: h('h9', 'a', 'b', 'REJECTED') }),
    ).toBe(one);
  });

  it('removes the confirmed link of a reopened hypothesis, and only that one', () => {
    const confirmed = edge('r1', 'a', 'b', {
      provenance: provenance({ source: 'TRAMA', sourceId: 'h1' }),
    });
    const other = edge('r2', 'a', 'b');
    const withLinks = addSubgraph(g, { nodes: [], edges: [confirmed, other] });
    expect([...withoutConfirmed(withLinks, 'h1').edges.keys()]).toEqual(['r2']);
    expect(withoutConfirmed(withLinks, 'h7')).toBe(withLinks);
  });

  it('learns a decision in every state of the history where both ends are drawn', () => {
    const confirmed = edge('r1', 'a', 'b', {
      provenance: provenance({ source: 'TRAMA', sourceId: 'h1' }),
    });
    const onlyA = addSubgraph(emptyGraph, { nodes: [entity('a')], edges: [] });
    const both = addSubgraph(onlyA, { nodes: [entity('b')], edges: [] });
    // A and B drawn, then B taken off: the approval comes while B is not drawn.
    const h = push(push(start(onlyA), both), removeNodes(both, ['b']));
    const approved = everyState(h, (x) => addCounts(x, { nodes: [], edges: [confirmed] }));
    expect(approved.present.edges.has('r1')).toBe(false);
    expect(undo(approved).present.edges.has('r1')).toBe(true);
    expect(approved.past[0]).toBe(onlyA);
    // Reopened later: no undo or redo brings the link back.
    const reopened = everyState(undo(approved), (x) => withoutConfirmed(x, 'h1'));
    expect(
      [reopened.present, ...reopened.past, ...reopened.future].some((x) => x.edges.has('r1')),
    ).toBe(false);
  });
});

describe('a selected proposal', () => {
  it('stays selected while both its ends are drawn, whatever else changes', () => {
    const known = new Map([['h1', h('h1', 'a', 'b')]]);
    expect(proposalStillDrawn(g, 'hyp:h1', known)).toBe(true);
    const withoutB = addSubgraph(emptyGraph, { nodes: [entity('a')], edges: [] });
    expect(proposalStillDrawn(withoutB, 'hyp:h1', known)).toBe(false);
    // Not known here (just decided elsewhere): the panel says what became of it.
    expect(proposalStillDrawn(withoutB, 'hyp:h2', known)).toBe(true);
    // Not a proposal's line: for elements.ts to judge.
    expect(proposalStillDrawn(g, 'e1', known)).toBeNull();
  });
});
