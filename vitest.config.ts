import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Domain code (utils/) runs in plain Node; adapter tests opt into happy-dom per file.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
