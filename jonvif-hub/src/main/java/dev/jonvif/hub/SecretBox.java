package dev.jonvif.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts camera passwords at rest with AES-256-GCM. The key lives in {@code <data>/hub.key},
 * created on first run readable by its owner only; each value is bound to its camera id (GCM
 * associated data), so a ciphertext copied to another row does not decrypt. The database alone (a
 * backup, a shared PostgreSQL) reveals no password.
 */
final class SecretBox {

  static final String KEY_FILE = "hub.key";
  private static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  private SecretBox(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /** The box of a data directory, creating the key file (mode 600) on first use. */
  static SecretBox inDirectory(Path dataDir) {
    Path file = dataDir.resolve(KEY_FILE);
    try {
      Files.createDirectories(dataDir);
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try {
          Files.createFile(file, ownerOnly(dataDir));
          Files.write(file, Base64.getEncoder().encode(fresh), StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
          // another process made it first: use that one
        }
      }
      byte[] k = Base64.getDecoder().decode(Files.readString(file).strip());
      if (k.length != 32) {
        throw new HubException(file + " does not hold a 256-bit key");
      }
      return new SecretBox(k);
    } catch (IOException | IllegalArgumentException e) {
      throw new HubException("cannot read or create the key file " + file + ": " + e.getMessage());
    }
  }

  private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(Path dir) {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new java.nio.file.attribute.FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new java.nio.file.attribute.FileAttribute<?>[0];
  }

  /** Encrypts {@code secret} bound to {@code context}. */
  String seal(String secret, String context) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] ct = crypt(Cipher.ENCRYPT_MODE, iv, context, secret.getBytes(StandardCharsets.UTF_8));
    byte[] out = new byte[IV_BYTES + ct.length];
    System.arraycopy(iv, 0, out, 0, IV_BYTES);
    System.arraycopy(ct, 0, out, IV_BYTES, ct.length);
    return PREFIX + Base64.getEncoder().encodeToString(out);
  }

  /** Decrypts a value from {@link #seal} with the same context. */
  String open(String sealed, String context) {
    if (!sealed.startsWith(PREFIX)) {
      throw new HubException("a stored secret has an unknown format");
    }
    byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    byte[] iv = java.util.Arrays.copyOf(in, IV_BYTES);
    byte[] ct = java.util.Arrays.copyOfRange(in, IV_BYTES, in.length);
    return new String(crypt(Cipher.DECRYPT_MODE, iv, context, ct), StandardCharsets.UTF_8);
  }

  private byte[] crypt(int mode, byte[] iv, String context, byte[] input) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return c.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new HubException(
          "cannot "
              + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
              + " a camera password (was "
              + KEY_FILE
              + " replaced?)");
    }
  }
}
