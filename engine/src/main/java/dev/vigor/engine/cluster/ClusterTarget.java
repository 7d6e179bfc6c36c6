package dev.vigor.engine.cluster;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a run validates when it validates on a cluster: the cluster's name, the members to reach
 * (HOST:PORT) and the file holding the secret (null: {@link ClusterSecret#ENV}). One place for
 * what {@code vigor verify --cluster} and the workbench's cluster setting both check and do, so
 * they accept the same input and say the same thing about bad input.
 */
public record ClusterTarget(String name, List<String> members, Path secretFile) {
  /** The member tried when none is named. */
  public static final String DEFAULT_MEMBER = "127.0.0.1:" + ClusterConfigFactory.DEFAULT_PORT;

  public ClusterTarget {
    name = name == null ? "" : name.strip();
    members = List.copyOf(members);
  }

  /** Members from text as typed in one field: HOST:PORT separated by commas or blanks. */
  public static List<String> parseMembers(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
  }

  /** What is wrong with the name or a member, in words for the user; empty when nothing is. */
  public Optional<String> problem() {
    if (name.isEmpty()) {
      return Optional.of("a cluster needs a name (the one its members were started with)");
    }
    for (String m : members) {
      if (!ClusterMember.isAddress(m)) {
        return Optional.of("a member must be HOST:PORT, not " + m);
      }
    }
    return Optional.empty();
  }

  /** The members tried: those named, else {@link #DEFAULT_MEMBER}. */
  public List<String> reached() {
    return members.isEmpty() ? List.of(DEFAULT_MEMBER) : members;
  }

  /**
   * How long to try to reach a member: {@link ClusterValidation#DEFAULT_CONNECT_TIMEOUT_MS}, or
   * the test hook {@code -Dvigor.cluster.connectTimeoutMs}.
   */
  public static long connectTimeoutMs() {
    return Long.getLong("vigor.cluster.connectTimeoutMs",
        ClusterValidation.DEFAULT_CONNECT_TIMEOUT_MS);
  }

  /**
   * Loads the secret (from the file, else from environmentValue) and connects; notes get the run's
   * one-line notes. IllegalArgumentException for bad input or secret, ClusterException when no
   * member answers, each with a message saying what to do.
   */
  public ClusterValidation connect(String environmentValue, Consumer<String> notes) {
    Optional<String> bad = problem();
    if (bad.isPresent()) {
      throw new IllegalArgumentException(bad.get());
    }
    ClusterSecret secret = ClusterSecret.load(secretFile, environmentValue);
    return ClusterValidation.connect(name, secret, reached(), connectTimeoutMs(), notes);
  }
}
