import { describe, expect, it } from 'vitest';
import { visibleSources } from './sources.js';

describe('source records of shared entities', () => {
  const none = new Map<string, boolean>();

  it('hides CJM and UIF record ids from viewers without GV or FIN', () => {
    const sources = ['C5:1', 'CJM:7', 'UIF:9', 'FGJ:2'];
    expect(visibleSources(sources, [], none)).toEqual(['C5:1', 'FGJ:2']);
    expect(visibleSources(sources, ['GV'], none)).toEqual(['C5:1', 'CJM:7', 'FGJ:2']);
    expect(visibleSources(sources, ['GV', 'FIN'], none)).toEqual(sources);
  });

  it('hides a record the viewer may not see, and keeps one not found by its agency alone', () => {
    const records = new Map([
      ['FGJ:persona:1', false],
      ['FGJ:persona:2', true],
      ['UIF:sujeto:3', true],
    ]);
    const sources = ['FGJ:persona:1', 'FGJ:persona:2', 'CDMX:padron:4', 'UIF:sujeto:3'];
    expect(visibleSources(sources, [], records)).toEqual(['FGJ:persona:2', 'CDMX:padron:4']);
    expect(visibleSources(sources, ['FIN'], records)).toEqual([
      'FGJ:persona:2',
      'CDMX:padron:4',
      'UIF:sujeto:3',
    ]);
  });
});
