import { describe, expect, it } from 'vitest';
import { alicePreset, asLstmScenario, encodeScenarioDocument, encodeScenarioLink, motherlandPreset, withBias } from '../../src/model';
import { decideStartup, restoreSaved, saveWork, STORAGE_KEY, type KeyValueStore } from '../../src/state';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => (key in data ? data[key] : null),
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key],
  };
}

describe('autosave', () => {
  it('saves and restores the exact scenario and step', () => {
    const store = memoryStore();
    const edited = withBias(alicePreset, 'bf', 0, 1.25);
    expect(saveWork(store, edited, 3)).toBe(true);
    const restored = restoreSaved(store);
    expect(restored.kind).toBe('restored');
    if (restored.kind !== 'restored') return;
    expect(restored.step).toBe(3);
    expect(asLstmScenario(restored.scenario).params.bf).toEqual([1.25]);
    expect(restored.scenario.sentence).toBe(alicePreset.sentence);
  });

  it('restores an unedited example as the example itself', () => {
    const store = memoryStore();
    saveWork(store, motherlandPreset, 1);
    const restored = restoreSaved(store);
    expect(restored.kind === 'restored' && restored.scenario).toBe(motherlandPreset);
  });

  it.each([
    ['not JSON', '{"version":1,', { code: 'jsonSyntax', source: 'file', line: 1, column: 14 }],
    ['an old version', JSON.stringify({ ...encodeScenarioDocument(alicePreset, 0), version: 0 }), { code: 'versionUnsupported', version: 0 }],
    ['wrong shapes', JSON.stringify({ ...encodeScenarioDocument(alicePreset, 0), params: { Wf: [[1]] } }), { code: 'missing', at: 'params.Wi' }],
  ])('reports %s once and starts from Alice', (_, text, problem) => {
    const store = memoryStore({ [STORAGE_KEY]: text });
    const first = decideStartup('', '', store);
    expect(first.scenario).toBe(alicePreset);
    expect(first.notice).toEqual({ kind: 'saved', problem: expect.objectContaining(problem) });
    expect(store.data[STORAGE_KEY]).toBeUndefined();
    expect(decideStartup('', '', store).notice).toBeNull();
  });

  it('survives a store that throws', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {},
    };
    expect(decideStartup('', '', broken).scenario).toBe(alicePreset);
    expect(saveWork(broken, alicePreset, 0)).toBe(false);
  });
});

describe('startup order', () => {
  it('a shared link wins over saved work', () => {
    const store = memoryStore();
    saveWork(store, motherlandPreset, 0);
    const shared = withBias(alicePreset, 'bo', 0, 2);
    const startup = decideStartup('', `#s=${encodeScenarioLink(shared, 4)}`, store);
    expect(startup.step).toBe(4);
    expect(asLstmScenario(startup.scenario).params.bo).toEqual([2]);
  });

  it('a broken link says why and falls back to saved work', () => {
    const store = memoryStore();
    saveWork(store, motherlandPreset, 2);
    const startup = decideStartup('', '#s=v1.garbage', store);
    expect(startup.scenario).toBe(motherlandPreset);
    expect(startup.notice).toEqual({ kind: 'link', problem: { code: 'linkDamaged' } });
  });

  it('a preset in the query wins over saved work', () => {
    const store = memoryStore();
    saveWork(store, motherlandPreset, 2);
    expect(decideStartup('?preset=alice', '', store).scenario).toBe(alicePreset);
  });
});
