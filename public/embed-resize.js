/*
 * Public Value & Co-production — fits each embedded widget's frame to the widget's height.
 * Load it once on a page that embeds widgets (the book's "Copy embed code" adds it). The embed page
 * posts { type: 'pvc:height', height } to its parent whenever its height changes; this script sets
 * the height of the frame that sent it, and only for frames showing this book. MIT licence.
 */
(function () {
  if (window.pvcEmbedResize) return;
  window.pvcEmbedResize = true;
  var script = document.currentScript;
  var book = script ? new URL(script.src, location.href).origin : null;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'pvc:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    if (book !== null && event.origin !== book) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      frames[i].style.height = Math.max(200, Math.min(20000, Math.ceil(data.height))) + 'px';
    }
  });
})();
