/**
 * The no-flash theme script every layout inlines in its head: it runs before first paint so the stored
 * or system theme shows without a flash. The Content Security Policy allows it by its hash
 * (src/plugins/csp.mjs), so its text must stay byte for byte what the layouts render.
 */
export const THEME_SCRIPT = `(function () {
  var stored = null;
  try { stored = localStorage.getItem('pvc-theme'); } catch (e) { /* storage blocked: use the system theme */ }
  var dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();`;
