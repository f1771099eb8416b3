/** The application's name and version, written into exports as their generator. */
export const APP_INFO = { name: 'Discourse Workbench', version: '0.1.0' } as const;
