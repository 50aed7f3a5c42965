// Writes dist/store-snapshot.tar.gz: a PGlite data folder with werkbalans's schema migrated, so that a
// first `npm start` on an empty data folder loads it instead of running initdb and every migration.
// Runs after tsc (it uses the compiled store modules).
import { writeFileSync } from 'node:fs';

const { storeSnapshot, STORE_SNAPSHOT } = await import('../dist/src/node/store/pglite.js');
const { migrate } = await import('../dist/src/node/store/migrate.js');
const blob = await storeSnapshot(migrate);
writeFileSync(STORE_SNAPSHOT, new Uint8Array(await blob.arrayBuffer()));
