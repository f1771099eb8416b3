/** What electron-vite replaces at build time in the main process (`false` in the built app). */
interface ImportMetaEnv {
  readonly DEV: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
