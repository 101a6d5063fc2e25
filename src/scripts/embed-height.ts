/** Posts the page's height to the parent frame now and on every size change (see EmbedLayout). */
export function postHeightToParent(widget: string) {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    // The body's own height, not the document's: a frame already taller than the widget must be able to shrink.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'pvc:height', widget, height }, '*');
    window.parent.postMessage(JSON.stringify({ subject: 'lti.frameResize', height }), '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}
