import { describe, expect, it } from 'vitest';
import { passedThrough, routeText } from './route-text';

describe('routeText', () => {
  const names: Record<string, string> = { j: 'Jorge', k: 'Carpeta 23', o: 'Óscar', p: '5511' };
  const link = (e: { type: string; fields: { key: string; value: string }[] }) =>
    e.fields.find((f) => f.key === 'role')?.value ?? e.type;
  const edge = (source: string, target: string, type: string, role?: string) => ({
    source,
    target,
    type,
    fields: role ? [{ key: 'role', value: role, type: 'string' }] : [],
  });

  it('names each link between two entities, read in its direction', () => {
    const text = routeText(
      [{ id: 'j' }, { id: 'k' }, { id: 'o' }],
      [edge('o', 'k', 'INVOLVED_IN', 'Víctima en'), edge('j', 'k', 'INVOLVED_IN', 'Imputado en')],
      (id) => names[id]!,
      link,
    );
    expect(text).toBe('Jorge —imputado en→ Carpeta 23 ←víctima en— Óscar');
  });

  it('falls back to a plain arrow where no link is given', () => {
    expect(routeText([{ id: 'j' }, { id: 'p' }], [], (id) => names[id]!, link)).toBe(
      'Jorge → 5511',
    );
    expect(routeText([], [], (id) => id, link)).toBe('');
  });
});

describe('passedThrough', () => {
  const route = (...ids: string[]) => ({ nodes: ids.map((id) => ({ id })) });
  const name = (id: string) =>
    ({ t: 'Teléfono 5511', b: 'Beto', c: 'Carla', k: 'Carpeta' })[id] ?? id;

  it('lists what routes pass through, those on most routes first, then by name', () => {
    const routes = [route('a', 't', 'c', 'z'), route('a', 't', 'b', 'z'), route('a', 'k', 'z')];
    expect(passedThrough(routes, new Set(['a', 'z']), new Set(), name, 8)).toEqual([
      't',
      'b',
      'c',
      'k',
    ]);
  });

  it('leaves out the ends (a network joins through them), those left out already, and past max', () => {
    const routes = [route('a', 'b', 'z'), route('z', 'b', 'q', 'c')];
    expect(passedThrough(routes, new Set(['a', 'z', 'c']), new Set(['q']), name, 8)).toEqual(['b']);
    expect(passedThrough([route('a', 'k', 'c', 'b', 'z')], new Set(), new Set(), name, 2)).toEqual([
      'b',
      'c',
    ]);
  });
});
