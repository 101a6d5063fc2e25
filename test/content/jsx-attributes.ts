/** Reads the attributes of a JSX tag as the MDX compiler would: "string", {number}, {{ object }} (evaluated). */
export function readAttributes(source: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  let i = 0;
  while (i < source.length) {
    const name = /^\s*([A-Za-z]+)=/.exec(source.slice(i));
    if (!name) break;
    i += name[0].length;
    if (source[i] === '"') {
      const end = source.indexOf('"', i + 1);
      props[name[1]!] = source.slice(i + 1, end);
      i = end + 1;
    } else {
      let depth = 0;
      const start = i;
      do {
        if (source[i] === '{') depth++;
        if (source[i] === '}') depth--;
        i++;
      } while (depth > 0 && i < source.length);
      props[name[1]!] = new Function(`return (${source.slice(start + 1, i - 1)});`)();
    }
  }
  return props;
}
