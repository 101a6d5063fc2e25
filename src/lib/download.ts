/** Saving a text as a file the reader downloads (exports, hand-ins, CSV), shared by every page that offers one. */

/** Saves a text as a file the reader downloads. */
export function download(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
