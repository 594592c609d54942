import { storeFile as storeAppFile, type StoredFile } from '../../../app/files/store-file';
import { newRepairTexts } from '../texts';

export type { StoredFile };

/** One chosen material stored by the core (files:add); a Chinese notice when it cannot be. */
export const storeFile = (file: File): ReturnType<typeof storeAppFile> =>
  storeAppFile(file, newRepairTexts.form);
