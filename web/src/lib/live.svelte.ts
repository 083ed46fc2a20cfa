// Live updates: one graphql-ws connection (protocol graphql-transport-ws) on the same /graphql
// endpoint, opened while something listens. The browser sends the session cookie with the
// upgrade and the server checks its Origin. After a reconnect, listeners of both feeds are told
// to reload (null), twice (below): events sent while the connection was down are not replayed.
import { createClient, type Client } from 'graphql-ws';
import type * as G from './generated';
import { HYPOTHESIS, type HypothesisChange } from './hypotheses/api';
import { session } from './session.svelte';

/** A change, or null: "you may have missed changes, reload". */
export type LiveListener = (change: HypothesisChange | null) => void;

/** A save, deletion or unsharing of an investigation the user may open (or could, until it). */
export type InvestigationChange = Omit<G.InvestigationChange, '__typename'>;
/** A change, or null: "you may have missed changes, look again". */
export type InvestigationListener = (change: InvestigationChange | null) => void;

const SUBSCRIPTION = `subscription Live { hypothesisChanged { action by byName reason hypothesis { ${HYPOTHESIS} } } }`;
const INVESTIGATIONS = `subscription Investigations {
  investigationChanged { id action byName version updatedAt } }`;

/**
 * Hands `change` to each listener. One that fails must not take the others, or the connection,
 * down with it (graphql-ws closes the socket when its sink throws).
 */
function tellEach<T>(listeners: ReadonlySet<(change: T) => void>, change: T): void {
  for (const l of [...listeners]) {
    try {
      l(change);
    } catch (err) {
      console.error('live update listener failed', err);
    }
  }
}

/** A connection down this long is said to be lost (a reconnect within it is not). */
const LOST_AFTER_MS = 3000;
/** After a reconnect, listeners look again this long after the first time. */
const RELOAD_AGAIN_MS = 2000;

class LiveFeed {
  connected = $state(false);
  /** Connected once, then down for LOST_AFTER_MS and still down: the server is out of reach. */
  lost = $state(false);
  private lostTimer: ReturnType<typeof setTimeout> | undefined;
  private reloadAgain: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<LiveListener>();
  private investigationListeners = new Set<InvestigationListener>();
  private client: Client | null = null;
  private stop: (() => void) | null = null;
  private stopInvestigations: (() => void) | null = null;
  private connections = 0;

  /** Starts listening (opening the connection if needed); returns the way to stop. */
  on(listener: LiveListener): () => void {
    this.listeners.add(listener);
    if (!this.client) this.open();
    return () => {
      this.listeners.delete(listener);
      this.closeIfUnheard();
    };
  }

  /** Listens to changes of investigations (opening the connection if needed); returns the way to stop. */
  onInvestigation(listener: InvestigationListener): () => void {
    this.investigationListeners.add(listener);
    if (!this.client) this.open();
    else if (!this.stopInvestigations) this.followInvestigations(this.client);
    return () => {
      this.investigationListeners.delete(listener);
      if (this.investigationListeners.size === 0) {
        this.stopInvestigations?.();
        this.stopInvestigations = null;
      }
      this.closeIfUnheard();
    };
  }

  /** Whether anything listens to either feed. */
  private get heard(): boolean {
    return this.listeners.size > 0 || this.investigationListeners.size > 0;
  }

  private closeIfUnheard(): void {
    if (!this.heard) this.close();
  }

  private followInvestigations(client: Client): void {
    this.stopInvestigations = client.subscribe<{ investigationChanged: InvestigationChange }>(
      { query: INVESTIGATIONS },
      {
        next: (msg) => {
          const change = msg.data?.investigationChanged;
          if (change) tellEach(this.investigationListeners, change);
        },
        // The hypotheses' feed says when the connection is down; this one only logs.
        error: (err) => console.error('investigation changes unavailable', err),
        complete: () => {},
      },
    );
  }

  private emit(change: HypothesisChange | null): void {
    tellEach(this.listeners, change);
  }

  /** Back after missing events: every listener looks again. */
  private reload(): void {
    tellEach(this.listeners, null);
    tellEach(this.investigationListeners, null);
  }

  private open(): void {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    this.connections = 0;
    const client = createClient({
      url,
      lazy: false,
      retryAttempts: Number.MAX_SAFE_INTEGER,
      shouldRetry: () => true,
      on: {
        connected: () => {
          if (this.client !== client) return;
          this.connected = true;
          clearTimeout(this.lostTimer);
          this.lost = false;
          this.connections += 1;
          if (this.connections > 1) {
            // Now, and once more a moment later, when the subscriptions sent after this
            // acknowledgement are in place (the protocol does not acknowledge them; two
            // seconds is ample on a working server): a change between the first look and
            // them is then not missed. Listeners take a change they already have as a no-op.
            this.reload();
            clearTimeout(this.reloadAgain);
            this.reloadAgain = setTimeout(() => {
              if (this.client === client) this.reload();
            }, RELOAD_AGAIN_MS);
          }
        },
        // The server closes it when the session ends (logout elsewhere, account disabled,
        // expiry): find out now, not on the user's next click.
        closed: () => {
          if (this.client !== client) return;
          this.down();
          void session.recheck();
        },
        error: () => {
          if (this.client === client) this.down();
        },
      },
    });
    this.client = client;
    this.stop = client.subscribe<{ hypothesisChanged: HypothesisChange }>(
      { query: SUBSCRIPTION },
      {
        next: (msg) => {
          if (msg.data) this.emit(msg.data.hypothesisChanged);
        },
        error: () => {
          if (this.client === client) this.down();
        },
        complete: () => void this.ended(client),
      },
    );
    if (this.investigationListeners.size > 0) this.followInvestigations(client);
  }

  /** The connection dropped: said to be lost if it is not back within LOST_AFTER_MS. */
  private down(): void {
    if (!this.connected && this.lostTimer !== undefined) return;
    this.connected = false;
    clearTimeout(this.lostTimer);
    this.lostTimer = setTimeout(() => (this.lost = !this.connected), LOST_AFTER_MS);
  }

  /**
   * The server ended the feed: it does when the session no longer holds (a logout elsewhere,
   * an account disabled), so ask. If the session holds (the account was changed and is still
   * active, or a lookup failed), listen again after a moment and have listeners reload.
   */
  private async ended(client: Client): Promise<void> {
    await session.recheck();
    await new Promise((ok) => setTimeout(ok, 2000));
    if (!session.user || this.client !== client || !this.heard) return;
    this.close();
    this.open();
    // Told to reload once the new connection is up (its first `connected`), not now, before
    // it is, and again once its subscriptions are in place.
    this.connections = 1;
  }

  private close(): void {
    this.stopInvestigations?.();
    this.stopInvestigations = null;
    this.stop?.();
    void this.client?.dispose();
    this.stop = null;
    this.client = null;
    this.connected = false;
    clearTimeout(this.lostTimer);
    clearTimeout(this.reloadAgain);
    this.lost = false;
  }
}

export const live = new LiveFeed();
