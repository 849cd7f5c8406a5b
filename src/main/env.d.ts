/** The package version, injected at build time by electron.vite.config.ts. */
declare const __PARALLAX_VERSION__: string
