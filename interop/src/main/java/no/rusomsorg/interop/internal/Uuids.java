package no.rusomsorg.interop.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs, version 5 (SHA-1, RFC 9562 section 5.5), so that the same library id always gives
 * the same identifier in an export.
 *
 * <p>The namespace is itself a version 5 UUID of the name {@value #NAMESPACE_NAME} in the RFC's URL
 * namespace; the names are {@code <municipality id>/<object type>/<library id>}.
 */
public final class Uuids {
  /** The name the namespace is derived from. */
  public static final String NAMESPACE_NAME = "urn:rusomsorg:interop";
  private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  });
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
  /** The namespace of every identifier this module mints. */
  public static final UUID NAMESPACE = v5(URL_NAMESPACE, NAMESPACE_NAME);



  private Uuids() {}

  /**
   * A version 5 UUID.
   *
   * @param namespace the namespace
   * @param name the name
   * @return the UUID
   */
  public static UUID v5(UUID namespace, String name) {
    MessageDigest sha1 = SHA1.get();
    sha1.reset();
    sha1.update(toBytes(namespace));
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (hash[i] & 0xff);
    }
    for (int i = 8; i < 16; i++) {
      lsb = (lsb << 8) | (hash[i] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  /**
   * The identifier of one object of a municipality's export.
   *
   * @param municipalityId the municipality's id
   * @param type the object type, such as {@code service}
   * @param id the library's id of the object
   * @return the UUID as text
   */
  public static String of(String municipalityId, String type, String id) {
    return v5(NAMESPACE, municipalityId + "/" + type + "/" + id).toString();
  }

  private static byte[] toBytes(UUID u) {
    byte[] b = new byte[16];
    long msb = u.getMostSignificantBits();
    long lsb = u.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (msb >>> (56 - 8 * i));
      b[8 + i] = (byte) (lsb >>> (56 - 8 * i));
    }
    return b;
  }
}
