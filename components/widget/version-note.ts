/**
 * What a widget or the self-assessment says when a link or file was made with another version of
 * the model, written at build time into /model-notices.json (src/pages/model-notices.json.ts), which
 * a page fetches only when such a link or file is opened (version-lookup.ts): the changelog's words
 * and the rule never weigh on a page.
 */
import {
  FIRST_VERSION, MODEL_VERSION, findBalancedConfiguration, findPreset, mixText, modelChangelog, modelVersionNote, presets, recordedBalances,
  type ModelVersionNote, type WidgetKind,
} from '@evaluation';
import { withBase } from '~/lib/url';

/** The note's sentences and a link to the changelog entry that explains them. */
export interface VersionNotice {
  /** The sentences; "{source}" stands for "link" or "file", "{version}" for the version the link names. */
  text: string;
  href: string;
  linkText: string;
}

/** Every notice a page may need, by widget kind, then by the version a link records ("unrecorded" for none), then by preset ("" for any other). */
export interface NoticeTable {
  kinds: Record<string, Record<string, Record<string, VersionNotice | null>>>;
  /** For a version this copy does not know. */
  unknown: VersionNotice;
}

/** The id of a version's entry on "Open the model", e.g. "model-2-0-0". */
export const changelogAnchor = (version: string): string => `model-${version.replaceAll('.', '-')}`;

const summaryOf = (version: string) => modelChangelog.find((r) => r.version === version)?.summary ?? '';

// What the older version said for this preset's balanced configuration, beside what today's says.
function balanceThen(presetId: string | null | undefined, version: string): string {
  const recorded = presetId ? recordedBalances[version]?.[presetId] : undefined;
  const preset = presetId ? findPreset(presetId) : undefined;
  if (!recorded || !preset) return '';
  const now = findBalancedConfiguration(preset.context).best;
  return ` Model ${version} balanced this service at ${mixText(recorded.mix)} (aggregate public value ${recorded.aggregatePublicValue.toFixed(1)}); model ${MODEL_VERSION} balances it at ${mixText(now.mix)} (${now.aggregatePublicValue.toFixed(1)}).`;
}

/**
 * The notice for a link or file (`source`: "link" or "file") whose note is `changed`, `unrecorded`
 * or `newer`; null when its figures are today's. For the mode balancer, `presetId` lets the notice
 * give the older version's balanced configuration, which the book keeps as data.
 */
export function versionNotice(note: ModelVersionNote, source: 'link' | 'file' | '{source}', presetId?: string | null): VersionNotice | null {
  const changes = note.changes.map((v) => `Model ${v}: ${summaryOf(v)}`).join(' ');
  const latest = note.changes[note.changes.length - 1] ?? MODEL_VERSION;
  const explained = { href: withBase(`/model/#${changelogAnchor(latest)}`), linkText: `What changed in model ${latest}, and why` };
  if (note.status === 'changed' && note.madeWith !== null) {
    return {
      text: `This ${source} was made with model ${note.madeWith}. The figures shown are model ${MODEL_VERSION}’s and differ from what it showed. ${changes}${balanceThen(presetId, note.madeWith)}`,
      ...explained,
    };
  }
  if (note.status === 'changed' || note.status === 'unrecorded') {
    const certainty = note.status === 'changed' ? 'differ from what it showed' : `differ from what it showed if it was made with model ${FIRST_VERSION}`;
    return {
      text: `This ${source} is older than the model’s recorded versions, so it does not say which version made it. The figures shown are model ${MODEL_VERSION}’s and ${certainty}. ${changes}${balanceThen(presetId, FIRST_VERSION)}`,
      ...explained,
    };
  }
  if (note.status === 'newer') return unknownVersion(note.madeWith ?? '', source);
  return null;
}

/** The notice for a version this copy of the book does not know (newer, or no version at all). */
function unknownVersion(version: string, source: string): VersionNotice {
  return {
    text: `This ${source} names model ${version}, which this copy of the book (model ${MODEL_VERSION}) does not know, so the figures shown may differ from what it showed.`,
    href: withBase('/model/#versions'),
    linkText: 'The versions this copy knows',
  };
}

/** Every notice, for every widget kind, every version a link can record and every preset, by the rule in modelVersionNote. */
export function noticeTable(kinds: readonly WidgetKind[]): NoticeTable {
  const versions = [...modelChangelog.map((r) => r.version), null];
  const table: NoticeTable = { kinds: {}, unknown: unknownVersion('{version}', '{source}') };
  for (const kind of kinds) {
    const byVersion: NoticeTable['kinds'][string] = (table.kinds[kind] = {});
    for (const version of versions) {
      const note = modelVersionNote(kind, version);
      const byPreset: Record<string, VersionNotice | null> = { '': versionNotice(note, '{source}') };
      if (kind === 'modes') for (const p of presets) byPreset[p.id] = versionNotice(note, '{source}', p.id);
      byVersion[version ?? 'unrecorded'] = byPreset;
    }
  }
  return table;
}
