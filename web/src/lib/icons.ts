// One white glyph per entity type, drawn on the node as an SVG data URI, so a type is told by
// its colour, its shape and its icon (colour alone fails colour-blind readers and printouts).
const glyphs: Record<string, string> = {
  Person: '<circle cx="12" cy="7.5" r="4.5"/><path d="M3.5 21.5c0-5 3.8-8 8.5-8s8.5 3 8.5 8z"/>',
  Organization:
    '<circle cx="12" cy="5" r="3"/><circle cx="5" cy="18" r="3"/><circle cx="19" cy="18" r="3"/>' +
    '<path d="M12 8v4l-6 4M12 12l6 4" fill="none" stroke="#fff" stroke-width="2"/>',
  Company: '<path d="M3 22V6l9-4v20zM13.5 22V9l7.5 2.5V22z"/>',
  Case: '<path d="M2 5h8l2 2.5h10V20H2z"/>',
  Incident: '<path d="M13.5 1.5 4 14h7l-1.5 8.5L20 10h-7z"/>',
  Arrest:
    '<g fill="none" stroke="#fff" stroke-width="2.6"><circle cx="6.5" cy="15" r="4.5"/>' +
    '<circle cx="17.5" cy="15" r="4.5"/><path d="M9 9.5c1-3 5-3 6 0"/></g>',
  Custody:
    '<path d="M3 2h18v2.5H3zM3 19.5h18V22H3zM5 4h2.5v16H5zM10.75 4h2.5v16h-2.5zM16.5 4H19v16h-2.5z"/>',
  CjmCase: '<path d="M12 1.5l9 3.5v6.5c0 5.5-4 9.5-9 11.5-5-2-9-6-9-11.5V5z"/>',
  Address: '<path d="M12 2 1.5 11H5v10h5.5v-6.5h3V21H19V11h3.5z"/>',
  Phone:
    '<path d="M7 1.5h10a1.5 1.5 0 0 1 1.5 1.5v18a1.5 1.5 0 0 1-1.5 1.5H7A1.5 1.5 0 0 1 5.5 21V3A1.5 1.5 0 0 1 7 1.5zM8 4v14h8V4z"/>',
  Vehicle: '<path d="M4.5 10.5 7 4.5h10l2.5 6H21V18h-2.5v2.5H15V18H9v2.5H5.5V18H3v-7.5z"/>',
  BankAccount:
    '<path d="M12 1.5 22 7v2.5H2V7zM3.5 11h3.5v7H3.5zM10.25 11h3.5v7h-3.5zM17 11h3.5v7H17zM2 19.5h20V22H2z"/>',
  Transfer: '<path d="M2 9h13V4l7 7-7 7v-5H2z"/>',
  FinancialReport: '<path d="M5 1.5h9.5l5 5v16H5zM8 11h8v2H8zm0 4h8v2H8z"/>',
  Alcaldia:
    '<path d="M12 1.5a7.5 7.5 0 0 1 7.5 7.5c0 5.5-7.5 13.5-7.5 13.5S4.5 14.5 4.5 9A7.5 7.5 0 0 1 12 1.5z"/>',
  // A neighbourhood: two houses (one is an address).
  Colonia:
    '<path d="M6 4 .5 9.5h2V21h7V9.5h2zM18 4l-5.5 5.5h2V21h7V9.5h2z"/>' +
    '<path d="M5 14h2v3H5zM17 14h2v3h-2z" fill="#000" fill-opacity=".35"/>',
  // A police quadrant: a cell of the grid the city is patrolled by.
  Cuadrante:
    '<path fill-rule="evenodd" d="M2.5 2.5h19v19h-19zM5 5v5.75h5.75V5zm8.25 0v5.75H19V5zM5 13.25V19h5.75v-5.75zm8.25 0V19H19v-5.75z"/>',
};

const fallback = '<circle cx="12" cy="12" r="6"/>';

const cache = new Map<string, string>();

/** The icon of an entity type as a data URI (cached: every node of a type shares one image). */
export function iconFor(type: string): string {
  let uri = cache.get(type);
  if (uri === undefined) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="#fff">${glyphs[type] ?? fallback}</svg>`;
    uri = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
    cache.set(type, uri);
  }
  return uri;
}
