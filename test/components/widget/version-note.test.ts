// What a widget says when its link (or a self-assessment file) was made with another version of the model.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MODEL_VERSION, modelChangelog, modelVersionNote, presets, recordedBalances, type WidgetKind } from '@evaluation';
import { changelogAnchor, noticeTable, versionNotice } from '@components/widget/version-note';
import { lookUpVersionNotice } from '@components/widget/version-lookup';

const KINDS: WidgetKind[] = ['triangle', 'typology', 'modes', 'capacities', 'assessment'];
const summary2 = modelChangelog.find((r) => r.version === '2.0.0')!.summary;

describe('versionNotice()', () => {
  it('says nothing when the figures are today’s (made with this version, or an older one that computed the same)', () => {
    expect(versionNotice(modelVersionNote('modes', MODEL_VERSION), 'link')).toBeNull();
    expect(versionNotice(modelVersionNote('modes', '2.0.0'), 'link')).toBeNull();
    expect(versionNotice(modelVersionNote('triangle', '1.0.0'), 'link')).toBeNull();
    expect(versionNotice(modelVersionNote('typology', null), 'link')).toBeNull();
  });

  it('says plainly that a 1.0.0 link’s figures now differ, why, and what 1.0.0 computed for its service', () => {
    const notice = versionNotice(modelVersionNote('modes', '1.0.0'), 'link', 'recycling-collection')!;
    expect(notice.text).toContain(`This link was made with model 1.0.0. The figures shown are model ${MODEL_VERSION}’s and differ from what it showed.`);
    expect(notice.text).toContain(`Model 2.0.0: ${summary2}`);
    expect(notice.text).toContain('Model 1.0.0 balanced this service at 70 % crowdsourcing and 30 % bureaucracy (aggregate public value 50.8)');
    expect(notice.text).toContain(`model ${MODEL_VERSION} balances it at 55 % crowdsourcing and 45 % bureaucracy (64.9)`);
    expect(notice).toMatchObject({ href: '/model/#model-2-0-0', linkText: 'What changed in model 2.0.0, and why' });
  });

  it('for a link that predates recorded versions, says the figures differ if it was made with 1.0.0', () => {
    const notice = versionNotice(modelVersionNote('assessment', null), 'file')!;
    expect(notice.text).toMatch(/^This file is older than the model’s recorded versions, so it does not say which version made it\./);
    expect(notice.text).toContain('differ from what it showed if it was made with model 1.0.0');
    expect(notice.href).toBe(`/model/#${changelogAnchor('2.0.0')}`);
  });

  it('for a version this copy does not know, says the figures may differ', () => {
    expect(versionNotice(modelVersionNote('triangle', '7.0.0'), 'link')).toEqual({
      text: `This link names model 7.0.0, which this copy of the book (model ${MODEL_VERSION}) does not know, so the figures shown may differ from what it showed.`,
      href: '/model/#versions',
      linkText: 'The versions this copy knows',
    });
  });
});

describe('noticeTable(): /model-notices.json', () => {
  const table = noticeTable(KINDS);

  it('holds, for every kind, the notice for every version a link can record, and the preset-specific ones of the mode balancer', () => {
    for (const kind of KINDS) {
      expect(Object.keys(table.kinds[kind]!).sort()).toEqual([...modelChangelog.map((r) => r.version), 'unrecorded'].sort());
    }
    expect(Object.keys(table.kinds.modes!['1.0.0']!).sort()).toEqual(['', ...presets.map((p) => p.id)].sort());
    expect(table.kinds.triangle!['1.0.0']!['']).toBeNull();
    expect(table.kinds.modes!['1.0.0']!['ae-demand']!.text).toContain(`(aggregate public value ${recordedBalances['1.0.0']!['ae-demand']!.aggregatePublicValue.toFixed(1)})`);
    expect(table.unknown.text).toContain('{source} names model {version}');
  });
});

describe('lookUpVersionNotice()', () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (body: unknown) => vi.fn(async () => new Response(JSON.stringify(body)));

  it('fetches nothing for a link made with this version', async () => {
    const fetch = serve(noticeTable(KINDS));
    vi.stubGlobal('fetch', fetch);
    expect(await lookUpVersionNotice('modes', MODEL_VERSION, 'link')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads the table and fills in the source, the preset’s notice when there is one', async () => {
    const fetch = serve(noticeTable(KINDS));
    vi.stubGlobal('fetch', fetch);
    const notice = await lookUpVersionNotice('modes', '1.0.0', 'link', 'passport-issuance');
    expect(fetch).toHaveBeenCalledWith('/model-notices.json');
    expect(notice!.text).toMatch(/^This link was made with model 1\.0\.0\./);
    expect(notice!.text).toContain('Model 1.0.0 balanced this service at 95 % bureaucracy and 5 % innersourcing');
    expect(await lookUpVersionNotice('modes', '1.0.0', 'link', null)).toMatchObject({ text: expect.not.stringContaining('balanced this service') });
    expect(await lookUpVersionNotice('triangle', null, 'link')).toBeNull();
    expect((await lookUpVersionNotice('capacities', '8.1.0', 'file'))!.text).toMatch(/^This file names model 8\.1\.0, which this copy/);
  });

  it('still says the figures may differ when the table cannot be fetched', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    expect(await lookUpVersionNotice('modes', '1.0.0', 'file')).toEqual({
      text: `This file was made with model 1.0.0; this is model ${MODEL_VERSION}, and the figures may differ.`,
      href: '/model/#versions',
      linkText: 'What changed',
    });
    expect((await lookUpVersionNotice('assessment', null, 'link'))!.text).toMatch(/^This link was made with an older version of the model; this is model/);
  });
});
