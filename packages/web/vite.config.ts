import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Built to packages/web/dist; the server serves it as static files beside /api.
 * `POLITBURO_API` points the dev server's proxy at a running server.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The manifest lets scripts/bundle-size.ts measure what each page really loads.
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': { target: process.env.POLITBURO_API ?? 'http://localhost:3000', changeOrigin: true },
    },
  },
});
