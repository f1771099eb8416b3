/**
 * The address of electron-vite's development server, or undefined. Only a development build
 * (`npm run dev`) reads it: in the built app `import.meta.env.DEV` is the constant `false`, the
 * read is removed at build time, and the window always loads the app's own `app://` pages, so
 * whoever sets the app's environment cannot point the window at an origin trusted for IPC.
 */
export function devServerUrl(): string | undefined {
  return import.meta.env.DEV ? process.env.ELECTRON_RENDERER_URL : undefined;
}
