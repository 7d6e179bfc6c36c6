package dev.vigor.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.cli.VigorCli;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.EarlyStop;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationCache;
import dev.vigor.engine.validate.VerificationObserver;
import dev.vigor.engine.exec.NfConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bridge verified through three {@code vigor worker} JVMs on 127.0.0.1 gives a local run's
 * verdicts trace by trace, violations included (two wrong properties ride along), through the
 * engine API and through {@code vigor verify --cluster}; and when one member is killed while it
 * holds work, its batches are validated elsewhere and nothing is lost. The last test kills a
 * member, so the order is fixed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ClusterVerificationTest {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));
  static final Path BRIDGE = CATALOG.resolve("bridge");
  static final Path WRONG = Path.of("src/test/resources/wrong-props/bridge");
  static final String CLUSTER = "verify-test";

  static List<LocalMember> members = new ArrayList<>();
  static List<Integer> ports;
  static List<Path> files;
  static Verification.Result local;

  @BeforeAll
  static void startMembers() throws Exception {
    ports = LocalMember.freePorts(3);
    try {
      for (int p : ports) {
        // a pause per batch, so the kill test's member still holds work when it is killed
        members.add(LocalMember.start(CLUSTER, p, ports, MemberProcess.SECRET,
            "-Dvigor.worker.taskDelayMs=150"));
      }
      // the spec, properties that read and change state, and two wrong ones (violated)
      files = new ArrayList<>(List.of(BRIDGE.resolve("spec.py"),
          BRIDGE.resolve("props/learn.py"), BRIDGE.resolve("props/broadcast.py"),
          BRIDGE.resolve("props/table_updates.py")));
      files.add(WRONG.resolve("learn_new_elsewhere.py"));
      files.add(WRONG.resolve("never_drops.py"));
      // the local run while the members start
      local = Verification.run(BRIDGE, LoadedNf.load(BRIDGE), files, 60_000);
      for (LocalMember m : members) {
        assertTrue(m.await("member of cluster", 60_000), () -> "no member started: " + m.output());
      }
      try (ClusterValidation c = connect()) {
        long end = System.currentTimeMillis() + 30_000;
        while (c.members().size() < 3 && System.currentTimeMillis() < end) {
          Thread.sleep(100);
        }
        assertEquals(3, c.members().size(), "the three members form one cluster");
      }
    } catch (Exception | Error e) {
      stopMembers();
      throw e;
    }
  }

  @AfterAll
  static void stopMembers() {
    members.forEach(LocalMember::close);
    System.clearProperty("vigor.cluster.batchSize");
  }

  static ClusterValidation connect() {
    return connect(new ArrayList<>());
  }

  static ClusterValidation connect(List<String> notes) {
    return ClusterValidation.connect(CLUSTER, ClusterSecret.of(MemberProcess.SECRET),
        LocalMember.addresses(ports), 20_000, n -> {
          synchronized (notes) {
            notes.add(n);
          }
        });
  }

  static Verification.Result clustered(ClusterValidation c, List<Path> files)
      throws IOException, dev.vigor.engine.diag.DiagnosticException {
    return Verification.run(BRIDGE, LoadedNf.load(BRIDGE), files, 60_000, 1,
        ProgressListener.NONE, new CancelToken(), VerificationObserver.NONE, EarlyStop.never(),
        NfConfig.DEFAULT_MAX_STEPS, NfConfig.DEFAULT_MAX_PATH_STEPS, SpecSources.disk(),
        VerificationCache.NONE, c);
  }

  /**
   * Every spec's every trace: its verdict and reasons, whether it has a counterexample, and the
   * low-level findings on it. Not the counterexample's values: another Z3 context may pick
   * another model for the same violation, as a local run with another --jobs does.
   */
  static List<String> verdicts(Verification.Result r) {
    List<String> out = new ArrayList<>();
    for (Verification.SpecResult s : r.specs()) {
      out.add(s.file() + " " + s.verdict());
      for (TraceResult t : s.traces()) {
        out.add(s.file().getFileName() + " " + t.label() + " " + t.verdict() + " " + t.reasons()
            + " " + (t.counterexample().isPresent() ? "counterexample" : "-") + " "
            + t.lowLevel().size());
      }
    }
    return out;
  }

  @Test
  @Order(1)
  void sameVerdictsAsLocalViolationsIncluded() throws Exception {
    assertEquals(Verdict.VIOLATED, local.verdict(), "the wrong properties are violated locally");
    assertTrue(local.specs().stream().anyMatch(s -> s.verdict() == Verdict.PROVED));
    Verification.Result far;
    try (ClusterValidation c = connect()) {
      far = clustered(c, files);
    }
    assertEquals(verdicts(local), verdicts(far));
    assertEquals(null, far.stopped());
    long working = members.stream().filter(m -> m.output().contains("bridge, 19 traces")).count();
    assertTrue(working >= 2, "the members did the work: " + working);
  }

  @Test
  @Order(2)
  void cliClusterRunPrintsWhatALocalRunPrints(@TempDir Path tmp) throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret"), MemberProcess.SECRET + "\n");
    List<String> args = new ArrayList<>(List.of("verify", BRIDGE.toString(), "--progress", "off",
        "--spec", BRIDGE.resolve("spec.py").toString(), "--spec",
        WRONG.resolve("never_drops.py").toString()));
    String[] localOut = cli(args);
    args.addAll(List.of("--cluster", CLUSTER, "--secret-file", secret.toString()));
    LocalMember.addresses(ports).forEach(a -> args.addAll(List.of("--member", a)));
    String[] farOut = cli(args);
    assertEquals("1", localOut[0], localOut[2]);
    assertEquals(localOut[0], farOut[0], farOut[2]);
    assertEquals(summary(localOut[1]), summary(farOut[1]));
    assertTrue(farOut[2].contains("3 members of " + CLUSTER + " validate"), farOut[2]);
  }

  /** The spec lines and the result line (not the counterexamples' values), times left out. */
  static List<String> summary(String out) {
    return out.lines().filter(l -> !l.startsWith(" ") || l.matches("  trace \\d+ \\w+"))
        .map(l -> l.replaceAll("\\(\\d+ ms\\)", "")).toList();
  }

  static String[] cli(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = VigorCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args.toArray(String[]::new));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  @Order(3)
  void aMemberKilledMidRunLosesNothing() throws Exception {
    System.setProperty("vigor.cluster.batchSize", "1");
    LocalMember victim = members.get(2);
    int before = victim.output().split("bridge, 19 traces", -1).length;
    List<String> notes = new ArrayList<>();
    try (ClusterValidation c = connect(notes)) {
      CompletableFuture<Verification.Result> run = CompletableFuture.supplyAsync(() -> {
        try {
          return clustered(c, files);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      // killed once it has taken up the run: it holds batches then
      long end = System.currentTimeMillis() + 60_000;
      while (victim.output().split("bridge, 19 traces", -1).length == before
          && System.currentTimeMillis() < end && !run.isDone()) {
        Thread.sleep(20);
      }
      assertFalse(run.isDone(), "the run is still going when the member is killed");
      victim.close();
      Verification.Result far = run.get(90, TimeUnit.SECONDS);
      assertEquals(verdicts(local), verdicts(far));
      assertEquals(null, far.stopped());
    } finally {
      System.clearProperty("vigor.cluster.batchSize");
    }
    synchronized (notes) {
      assertTrue(notes.stream().anyMatch(n -> n.contains("left or failed")), notes.toString());
    }
  }
}
