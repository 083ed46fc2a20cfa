// The overlays over the canvas (supernode badges, names kept at low zoom, the map under it)
// follow the drawing: redrawn at most once a frame, whatever the number of Cytoscape's events.
import type { Core } from 'cytoscape';

/**
 * Runs `update` now and at most once a frame after any of Cytoscape's `events` (space-separated
 * names); returns the way to stop, for an $effect's cleanup.
 */
export function onceAFrame(cy: Core, events: string, update: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame === 0)
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
  };
  schedule();
  cy.on(events, schedule);
  return () => {
    cy.off(events, schedule);
    if (frame !== 0) cancelAnimationFrame(frame);
    frame = 0;
  };
}
