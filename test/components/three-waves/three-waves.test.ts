import { describe, expect, it } from 'vitest';
import { waveAspects, waves } from '@components/three-waves/three-waves';

describe('the three waves (Sorrentino, Sicilia & Howlett 2018)', () => {
  it('run in historical order, each starting before it ends, the later ones overlapping the earlier', () => {
    expect(waves.map((w) => w.id)).toEqual(['opa', 'npm', 'npg']);
    for (const w of waves) expect(w.from).toBeLessThan(w.to);
    for (let i = 1; i < waves.length; i++) expect(waves[i]!.from).toBeGreaterThanOrEqual(waves[i - 1]!.from);
  });

  it('describe every aspect the figure compares, and cite their sources', () => {
    for (const w of waves) {
      for (const aspect of waveAspects) expect(w[aspect.key].length).toBeGreaterThan(20);
      expect(w.cites).toMatch(/Sorrentino et al\. \(2018\)/);
    }
  });
});
