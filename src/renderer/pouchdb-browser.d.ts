/** pouchdb-browser ships no types; `features/sync/pouch-types.ts` types the part team sync uses. */
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}

