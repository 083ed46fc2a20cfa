// The proposals touching what is on the canvas, kept up to date by HypothesisLayer.svelte.
import type { Hypothesis } from './api';
import { applyChange } from './overlay';

class ProposedLinks {
  items = $state.raw<ReadonlyMap<string, Hypothesis>>(new Map());

  /** Keeps a proposal, or drops it once it is decided or withdrawn. */
  put(h: Hypothesis): void {
    this.items = applyChange(this.items, { action: h.status, hypothesis: h });
  }
}

export const proposedLinks = new ProposedLinks();
