import type { Configuration } from 'electron-builder';
import { APP_INFO } from './src/shared/app-info';
import { ACCEPTED_EXTENSIONS } from './src/shared/formats/convert';

/** What each document type is called in the system's "Open with" lists. */
const DOCUMENT_TYPES: Record<(typeof ACCEPTED_EXTENSIONS)[number], { name: string; mimeType: string }> = {
  '.txt': { name: 'Plain text', mimeType: 'text/plain' },
  '.md': { name: 'Markdown text', mimeType: 'text/markdown' },
  '.html': { name: 'HTML document', mimeType: 'text/html' },
  '.htm': { name: 'HTML document', mimeType: 'text/html' },
  '.docx': { name: 'Word document', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
};

/**
 * Packages of the desktop app (`npm run dist`): AppImage and .deb for Linux, a dmg for macOS,
 * an NSIS installer for Windows. The Electron fuses are set at package time so the packaged
 * app cannot be turned into a plain Node (runAsNode), driven by NODE_OPTIONS or a debugger
 * switch, or made to load code from outside its checked app.asar.
 */
const config: Configuration = {
  appId: 'org.discourse-workbench.desktop',
  productName: APP_INFO.name,
  copyright: `${APP_INFO.name} authors`,
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**', 'package.json'],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  // The documents the workbench imports; it opens them as a viewer, never as their default editor.
  fileAssociations: ACCEPTED_EXTENSIONS.map((ext) => ({
    ext: ext.slice(1),
    name: DOCUMENT_TYPES[ext].name,
    mimeType: DOCUMENT_TYPES[ext].mimeType,
    description: `${DOCUMENT_TYPES[ext].name} to read and code`,
    role: 'Viewer',
    rank: 'Alternate',
  })),
  icon: 'resources/icon.png',
  linux: { target: ['AppImage', 'deb'], category: 'Science', synopsis: 'Close reading and coding of discourse' },
  mac: { target: 'dmg', category: 'public.app-category.education' },
  win: { target: 'nsis' },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  publish: null,
};

export default config;
