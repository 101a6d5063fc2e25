// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, embedCode, EMBED_START_HEIGHT } from '@components/widget/share';

afterEach(() => vi.restoreAllMocks());

describe('share and embed helpers', () => {
  it('builds an iframe whose attributes are escaped, starting at a sensible height', () => {
    const code = embedCode('https://book.example/embed/modes/?state=v1.m.x&y=1', 'The "mode" balancer');
    expect(code).toBe(
      `<iframe src="https://book.example/embed/modes/?state=v1.m.x&amp;y=1" title="The &quot;mode&quot; balancer" width="100%" height="${EMBED_START_HEIGHT}" style="border:0" loading="lazy"></iframe>`,
    );
  });

  it('copies to the clipboard, and reports a refusal instead of throwing', async () => {
    const writeText = vi.fn(async () => {});
    Object.assign(navigator, { clipboard: { writeText } });
    expect(await copyText('hello')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
    writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    expect(await copyText('again')).toBe(false);
  });
});
