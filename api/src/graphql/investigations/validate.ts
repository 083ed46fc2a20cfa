// Checks what a save sends before anything is written: the API body limit is 1 MiB, and the
// canvas must stay a JSON object the web app can read back.
import { AppError } from '../../db/executor.js';
import { CANVAS_FORMAT } from './canvas.js';

export const MAX_CANVAS = 900_000;
export const MAX_ENTITIES = 5_000;
export const MAX_LINKS = 10_000;
export const MAX_NAME = 120;

export interface LinkRef {
  id: string;
  type: string;
  source: string;
  target: string;
  /** A confirmed link's hypothesis: approved again after a reopening, a new relationship. */
  hypothesisId?: string | null;
}

export interface ContentIn {
  canvas: string;
  entityIds: readonly string[];
  links: readonly LinkRef[];
}

/** What is stored: the view state, the entity ids, and the link references as JSON (Neo4j
 * properties cannot hold a list of maps). */
export interface ContentStored {
  canvas: string;
  entityIds: string[];
  links: string;
}

function bad(message: string): AppError {
  return new AppError('BAD_INPUT', message);
}

export function validName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  if (n.length === 0 || n.length > MAX_NAME) {
    throw bad(`the name must have 1 to ${MAX_NAME} characters`);
  }
  return n;
}

const ID = /^[^\s]{1,200}$/;
const REL_TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** What a save sent, checked (BAD_INPUT naming what is wrong). */
export function checkContent(c: ContentIn): ContentIn {
  if (c.canvas.length > MAX_CANVAS) {
    throw bad(`the canvas is larger than ${MAX_CANVAS} characters; remove some elements`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(c.canvas);
  } catch {
    throw bad('the canvas is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw bad('the canvas must be a JSON object');
  }
  // The server reads it back for each reader (canvas.ts), so it must be in the format it knows.
  if ((parsed as { format?: unknown }).format !== CANVAS_FORMAT) {
    throw bad(`the canvas must have "format": "${CANVAS_FORMAT}"`);
  }
  if (c.entityIds.length > MAX_ENTITIES) throw bad(`at most ${MAX_ENTITIES} entities per canvas`);
  if (c.links.length > MAX_LINKS) throw bad(`at most ${MAX_LINKS} links per canvas`);
  const badId = c.entityIds.find((id) => !ID.test(id));
  if (badId !== undefined) throw bad(`not an entity id: ${JSON.stringify(badId)}`);
  const badLink = c.links.find(
    (l) =>
      !ID.test(l.id) ||
      !ID.test(l.source) ||
      !ID.test(l.target) ||
      !REL_TYPE.test(l.type) ||
      (l.hypothesisId != null && !ID.test(l.hypothesisId)),
  );
  if (badLink !== undefined) throw bad(`not a link reference: ${JSON.stringify(badLink)}`);
  return c;
}

/** Content as it is stored: each entity once, the link references as JSON. */
export function storedContent(c: ContentIn): ContentStored {
  return {
    canvas: c.canvas,
    entityIds: [...new Set(c.entityIds)],
    links: JSON.stringify(
      c.links.map(({ id, type, source, target, hypothesisId }) =>
        hypothesisId ? { id, type, source, target, hypothesisId } : { id, type, source, target },
      ),
    ),
  };
}

/** Checked, as stored. */
export function validContent(c: ContentIn): ContentStored {
  return storedContent(checkContent(c));
}
