import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/promises',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'worker_threads',
  'util'
]

// Modules that open connections to other machines (WebSockets, TLS, raw sockets, UDP).
const NETWORK_MODULES = [
  'node:net',
  'net',
  'node:tls',
  'tls',
  'node:https',
  'https',
  'node:dgram',
  'dgram',
  'ws',
  '@automerge/automerge-repo-network-websocket'
]

export default tseslint.config(
  {
    ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      // Only the Electron glue may import electron (STYLE.md §1).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only src/main/index.ts, window.ts, ipc.ts and the preload import electron.'
            }
          ]
        }
      ]
    }
  },
  {
    // Parallax never makes a network request. The team module is the one exception, and only
    // when an analyst joins a team or runs a team server: it alone may open sockets. The
    // browser host's node:http listens on 127.0.0.1 and is not restricted here.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/team/server/**', 'src/main/team/client/**', 'src/main/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only src/main/index.ts, window.ts, ipc.ts and the preload import electron.'
            },
            ...NETWORK_MODULES.map((name) => ({
              name,
              message: 'Parallax makes no network connection outside src/main/team (server, client).'
            }))
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/index.ts', 'src/main/window.ts', 'src/main/ipc.ts', 'src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    // src/shared is pure: it runs in main, the renderer, workers and tests alike.
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'lowdb', 'lowdb/node'].map((name) => ({
            name,
            message: 'src/shared must stay pure.'
          })),
          patterns: [{ group: NODE_BUILTINS, message: 'src/shared must not use Node built-ins.' }]
        }
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'process',
        'Buffer',
        'require'
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'lowdb'].map((name) => ({
            name,
            message: 'The renderer reaches main only through api.ts.'
          })),
          patterns: [{ group: NODE_BUILTINS, message: 'The renderer has no Node.' }]
        }
      ]
    }
  },
  {
    files: ['**/*.{cjs,mjs,js}'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly'
      }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
