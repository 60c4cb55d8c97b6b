// A cheap, stable content hash (FNV-1a, 32-bit, over UTF-16 code units) for versioning the shipped
// corpus and the compiled gazetteer. Not cryptographic: it only has to change when the content does.
export function fnv1a(...parts: string[]): string {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f; // part separator, so ("ab","c") and ("a","bc") differ
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
