package dev.vigor.engine.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shared secret of a cluster ({@code VIGOR_CLUSTER_SECRET} or a file): members and the
 * coordinator derive the Hazelcast cluster name from it (a member or client with another secret
 * names another cluster, and Hazelcast turns it away at join), and sign every task and answer
 * with it (HMAC-SHA256), so nothing unsigned is worked on or believed. It does not encrypt.
 */
public final class ClusterSecret {
  /** The environment variable that holds the secret. */
  public static final String ENV = "VIGOR_CLUSTER_SECRET";

  /** Shorter secrets are refused: guessing one would be too easy. */
  static final int MIN_LENGTH = 16;

  private final byte[] key;

  private ClusterSecret(byte[] key) {
    this.key = key.clone();
  }

  /** A secret from its text (surrounding whitespace ignored); IllegalArgumentException if short. */
  public static ClusterSecret of(String text) {
    String t = text == null ? "" : text.strip();
    if (t.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("the cluster secret must have at least " + MIN_LENGTH
          + " characters (it has " + t.length() + ")");
    }
    return new ClusterSecret(t.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The secret from file when given, else from the environment value; IllegalArgumentException
   * with a message saying what to do when there is none or it is unusable.
   */
  public static ClusterSecret load(Path file, String environmentValue) {
    if (file != null) {
      try {
        return of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the secret file " + file + ": "
            + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage() + " in " + file);
      }
    }
    if (environmentValue == null || environmentValue.isBlank()) {
      throw new IllegalArgumentException("a cluster needs a shared secret: set " + ENV
          + " or pass --secret-file FILE (the same on every member and the coordinator)");
    }
    try {
      return of(environmentValue);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + " in " + ENV);
    }
  }

  /**
   * The name Hazelcast uses for cluster name: the name, a dash, and 24 hex digits of an HMAC of it
   * under the secret, so only holders of the same secret agree on it.
   */
  public String clusterName(String name) {
    return name + "-" + sign("vigor-cluster-name", name).substring(0, 24);
  }

  /** The HMAC-SHA256 of the parts (each length-prefixed, so parts cannot run into each other). */
  public String sign(String... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (String p : parts) {
        byte[] b = p.getBytes(StandardCharsets.UTF_8);
        mac.update((b.length + ":").getBytes(StandardCharsets.UTF_8));
        mac.update(b);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Whether mac is {@link #sign} of the parts (compared in constant time). */
  public boolean verify(String mac, String... parts) {
    return mac != null && MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
        sign(parts).getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "ClusterSecret[hidden]"; // never in a log line
  }
}
