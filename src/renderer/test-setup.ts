// Gives the jsdom unit tests an IndexedDB implementation.
import 'fake-indexeddb/auto';
