/**
 * The application's name and version, written into exports as their generator by the app and
 * the command line alike; `package.json` carries the same version (checked by a test).
 */
export const APP_INFO = { name: 'Discourse Workbench', version: '0.1.0' } as const;
