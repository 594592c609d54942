import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyProtector } from '../cache-key';

type Backend = ReturnType<KeyProtector['getSelectedStorageBackend']>;

/**
 * A stand-in for Electron's safeStorage: strings are sealed with AES-256-GCM under a secret of this "OS account"
 * (one instance), so another instance — another account, another PC — cannot open them, as with DPAPI or the
 * Keychain. Typed as the shell's KeyProtector, so the compiler checks it against Electron's own.
 */
export class FakeSafeStorage implements KeyProtector {
  private readonly secret = randomBytes(32);

  constructor(
    private readonly available = true,
    private readonly backend: Backend = 'gnome_libsecret',
  ) {}

  isEncryptionAvailable(): boolean {
    return this.available;
  }

  getSelectedStorageBackend(): Backend {
    return this.backend;
  }

  encryptString(plainText: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.secret, iv);
    const sealed = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
  }

  decryptString(encrypted: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.secret, encrypted.subarray(0, 12));
    decipher.setAuthTag(encrypted.subarray(12, 28));
    return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
  }
}
