import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The workspace packages resolve from source (`@recourse/source`), so `vite` and `vite build` work
 * without building them first; an app outside the workspace gets `dist/` as usual.
 */
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@recourse/source', 'browser', 'module', 'import', 'default'] },
  server: { port: 5174 },
});
