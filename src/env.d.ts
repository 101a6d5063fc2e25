/// <reference types="astro/client" />

declare module '*.bib?raw' {
  const text: string;
  export default text;
}
