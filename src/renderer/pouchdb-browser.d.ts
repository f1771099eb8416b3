/** pouchdb-browser ships no types; `features/sync/pouch-types.ts` types the part team sync uses. */
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}

/** PouchDB's `indexeddb` adapter (a plugin), used for the local database. */
declare module 'pouchdb-adapter-indexeddb' {
  const adapter: unknown;
  export default adapter;
}
