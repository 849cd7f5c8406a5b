import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'

const { version } = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as {
  version: string
}

// ESM-only packages are bundled into the CommonJS main build; the rest load from node_modules.
const bundledDeps = ['lowdb', 'steno', 'marked', 'approx-string-match']

export default defineConfig({
  main: {
    define: { __PARALLAX_VERSION__: JSON.stringify(version) },
    build: {
      externalizeDeps: { exclude: bundledDeps },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          'analysis-worker': resolve(__dirname, 'src/main/services/analysis/worker.ts'),
          'import-worker': resolve(__dirname, 'src/main/services/import/extract-worker.ts'),
          'body-worker': resolve(__dirname, 'src/main/host/body-worker.ts')
        },
        output: {
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [react()]
  }
})
