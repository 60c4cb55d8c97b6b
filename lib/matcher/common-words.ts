// Words of the language that the engine could read as a proclitic or a nisba around an alias, and that
// are not that name. Derived from the clitic audit over the 3,815 BBC Arabic articles
// (scripts/lib/eval-clitics.ts, printed by `npm run eval`): a proclitic reading that occurs with the
// article is a word of its own, since a proclitic never follows "ال"; the list holds every form of
// such a word the engine accepts. Criterion and counts: docs/decisions/precision-traps.md. Folded at
// compile time (ة → ه); the alias as written is never stopped, only its derived readings.

export const DERIVED_STOP_WORDS: readonly string[] = [
  // «للفروسية» (horsemanship, ant-bbc) is not ل + ف + روسية: فروسي/فروسية is the word «equestrian».
  'فروسي',
  'فروسية',
  'فروسيات',
  'فروسيان',
  'فروسيتان',
  'فروسيتين',
  'فروسيون',
  'فروسيين',
];
