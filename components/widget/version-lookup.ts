/** Looks up, when a link or file was made with another version of the model, what that means: from /model-notices.json, fetched only then. */
import { MODEL_VERSION, type WidgetKind } from '@evaluation';
import { withBase } from '~/lib/url';
import type { NoticeTable, VersionNotice } from './version-note';

/**
 * The notice for a `kind` link or file (`source`) made with `madeWith` (null: before links recorded
 * it), for the preset it names; null when its figures are today's. Never rejects: without the table
 * (a failed fetch), it still says which versions differ.
 */
export async function lookUpVersionNotice(kind: WidgetKind, madeWith: string | null, source: 'link' | 'file', presetId?: string | null): Promise<VersionNotice | null> {
  if (madeWith === MODEL_VERSION) return null;
  try {
    const table = (await (await fetch(withBase('/model-notices.json'))).json()) as NoticeTable;
    const byPreset = table.kinds[kind]?.[madeWith ?? 'unrecorded'];
    const notice = byPreset ? (byPreset[presetId ?? ''] ?? byPreset[''] ?? null) : table.unknown;
    return notice && { ...notice, text: notice.text.replaceAll('{source}', source).replaceAll('{version}', madeWith ?? '') };
  } catch {
    const made = madeWith ? `model ${madeWith}` : 'an older version of the model';
    return { text: `This ${source} was made with ${made}; this is model ${MODEL_VERSION}, and the figures may differ.`, href: withBase('/model/#versions'), linkText: 'What changed' };
  }
}
