package dev.jonvif.device.internal.state;

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
 * Encrypts stored passwords with AES-256-GCM under a key kept in {@code <state-dir>/.jonvif-key}
 * (created on first use, readable by the owner only). HTTP Digest and WS-UsernameToken need the
 * clear password on the device, so hashing is not possible; this keeps passwords out of the state
 * files, which people copy and share more readily than the key.
 */
final class PasswordCipher {

  static final String KEY_FILE = ".jonvif-key";
  private static final String PREFIX = "aesgcm1:";
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  private PasswordCipher(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /** The cipher of a state directory, creating its key file on first use. */
  static PasswordCipher forDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(KEY_FILE);
    if (!Files.exists(file)) {
      byte[] fresh = new byte[32];
      RANDOM.nextBytes(fresh);
      try {
        Files.write(
            file,
            Base64.getEncoder().encode(fresh),
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        restrict(file);
      } catch (FileAlreadyExistsException raced) {
        // another process created it first: use theirs
      }
    }
    byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
    if (key.length != 32) {
      throw new IOException("state key " + file + " is not a 256-bit key");
    }
    return new PasswordCipher(key);
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file inherits the directory's ACL
    }
  }

  /** Encrypts {@code password}, bound to {@code context} (camera and user name). */
  String encrypt(String password, String context) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] ct = c.doFinal(password.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[iv.length + ct.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(ct, 0, out, iv.length, ct.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt a password", e);
    }
  }

  /** Decrypts a value written by {@link #encrypt}; fails when the key or context differ. */
  String decrypt(String stored, String context) {
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("stored password is not encrypted by this version");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] pt = c.doFinal(in, IV_BYTES, in.length - IV_BYTES);
      return new String(pt, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "cannot decrypt a stored password: wrong or replaced " + KEY_FILE, e);
    }
  }
}
