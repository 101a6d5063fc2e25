// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, embedCode, EMBED_MAX_HEIGHT, EMBED_START_HEIGHT, fallbackHeight } from '@components/widget/share';

afterEach(() => vi.restoreAllMocks());

describe('share and embed helpers', () => {
  it('builds an iframe whose attributes are escaped, at a fixed height, followed by the book’s resize script', () => {
    const code = embedCode('https://book.example/book/embed/modes/?state=v1.m.x&y=1', 'The "mode" balancer', 1500);
    expect(code).toBe(
      '<iframe src="https://book.example/book/embed/modes/?state=v1.m.x&amp;y=1" title="The &quot;mode&quot; balancer" width="100%" height="1500" style="border:0;width:100%;height:1500px" loading="lazy"></iframe>\n' +
        '<script src="https://book.example/book/embed-resize.js" async></script>',
    );
    expect(embedCode('https://book.example/embed/triangle/', 'T')).toContain(`height="${EMBED_START_HEIGHT}"`);
  });

  it('asks for the widget’s own height where scripts are stripped, within sensible bounds', () => {
    expect(fallbackHeight(1650)).toBe(1674);
    expect(fallbackHeight(0)).toBe(EMBED_START_HEIGHT);
    expect(fallbackHeight(9000)).toBe(EMBED_MAX_HEIGHT);
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
