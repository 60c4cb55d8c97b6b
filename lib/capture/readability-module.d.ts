// The package declares types for its root only; capture imports the class file by path (the root
// also pulls in isProbablyReaderable, and is CommonJS: see docs/decisions/readability-capture.md).
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';
  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}

declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}
