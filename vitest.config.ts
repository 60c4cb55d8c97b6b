import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['fake-indexeddb/auto'],
    include: [
      'lib/**/*.test.ts',
      'data/**/*.test.ts',
      'entrypoints/**/*.test.ts',
      'components/**/*.test.ts*',
      'tests/unit/**/*.test.ts',
    ],
  },
});
