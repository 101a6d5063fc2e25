// Prints, for every preset, the balanced configuration, its service value, aggregate public value,
// warnings and the modes' fits: a table to compare the model's figures before and after a change.
// Run: npm run bench:presets   (Node 22 runs the model's TypeScript directly; writes nothing)
import { presets, findBalancedConfiguration, MODES } from '../../src/evaluation/index.ts';

const short = { bureaucracy: 'B', innersourcing: 'I', crowdsourcing: 'C', opensourcing: 'O' };
const rows = presets.map((p) => {
  const r = findBalancedConfiguration(p.context).best;
  return {
    preset: p.id,
    mix: MODES.map((m) => `${short[m]} ${String(r.mix[m]).padStart(3)}`).join('  '),
    service: r.serviceValue.toFixed(1),
    aggregate: r.aggregatePublicValue.toFixed(1),
    warnings: r.warnings.map((w) => w.id).join(', ') || '—',
    fit: MODES.map((m) => `${short[m]} ${r.fit[m].toFixed(2)}`).join(' '),
  };
});
console.log('| preset | balanced mix (%) | service value | aggregate public value | warnings | fit |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.preset} | ${r.mix} | ${r.service} | ${r.aggregate} | ${r.warnings} | ${r.fit} |`);
