package dev.vigor.engine.cluster;

/** The cluster tests' shared secret; their members are {@link LocalMember}s. */
final class MemberProcess {
  static final String SECRET = "cluster-test-secret-0123456789";

  private MemberProcess() {}
}
