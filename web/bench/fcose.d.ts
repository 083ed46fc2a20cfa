// cytoscape-fcose ships no types; the bench only needs it as a Cytoscape extension.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
