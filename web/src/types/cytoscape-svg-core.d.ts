// cy.svg(), added to Cytoscape's core by the cytoscape-svg extension.
import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
