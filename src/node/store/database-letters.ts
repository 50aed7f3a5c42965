/**
 * The search reads words with the database's own idea of a letter: the sense tags (`werkbalans_senses`,
 * migration 020) and the joined words match `[[:alnum:]]`, which PostgreSQL decides by the database's
 * `LC_CTYPE`. Under `C` (or an encoding other than UTF-8) `é` is no letter there while the text parser
 * still reads it as one, so `Oudéren` would be indexed without its sense and the server would find
 * other ideas than the static export. A store on such a database is refused at opening with what to
 * do, rather than searched wrongly without a word.
 */
import { securityMessages } from '../../core/text/security-messages.js';
import type { Queryable } from './database.js';
import { StoreFolderRefused } from './store-folder.js';

/** A database whose character type does not read accented letters as letters (CLI: printed, exit 2). */
export class DatabaseLettersRefused extends StoreFolderRefused {}

/** Throws `DatabaseLettersRefused` when the database reads `é` as no letter. */
export async function checkDatabaseLetters(db: Queryable): Promise<void> {
  const { rows } = await db.query<{ letters: boolean; encoding: string; ctype: string }>(
    `SELECT 'é' ~ '^[[:alpha:]]$' AS letters, current_setting('server_encoding') AS encoding,
            (SELECT datctype FROM pg_database WHERE datname = current_database()) AS ctype`,
  );
  const row = rows[0];
  if (row && !row.letters) {
    throw new DatabaseLettersRefused(securityMessages.databaseLetters(row.encoding, row.ctype));
  }
}
