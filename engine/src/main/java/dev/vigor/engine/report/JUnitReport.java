package dev.vigor.engine.report;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.InitSpecFiles;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A verification run as JUnit XML: one testsuite for the NF, one testcase per spec or property
 * file (plus one for the low-level checks). A violated file fails with its counterexamples; an
 * unknown one, or a malformed one, is an error: it was not shown to hold.
 */
public final class JUnitReport {
  private JUnitReport() {}

  /** Writes the report for {@code result} of the NF {@code nfName} in {@code nfDir}, atomically. */
  public static void write(Verification.Result result, Path nfDir, String nfName, Path out)
      throws IOException {
    AtomicFiles.write(out, render(result, nfDir, nfName));
  }

  /** The report as XML text. */
  public static String render(Verification.Result result, Path nfDir, String nfName) {
    Document doc;
    try {
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML support", e);
    }
    ArtifactUris uris = new ArtifactUris(nfDir);
    Element suites = doc.createElement("testsuites");
    doc.appendChild(suites);
    Element suite = doc.createElement("testsuite");
    suites.appendChild(suite);
    suite.setAttribute("name", nfName);
    // The layers of the stack the verdicts cover (the rest of the stack was modelled).
    Element suiteProps = doc.createElement("properties");
    suite.appendChild(suiteProps);
    Element layers = doc.createElement("property");
    layers.setAttribute("name", "layers");
    layers.setAttribute("value", String.join(",", result.layers()));
    suiteProps.appendChild(layers);
    int tests = 0;
    int failures = 0;
    int errors = 0;
    long millis = 0;

    if (!result.lowLevel().isEmpty()) {
      tests++;
      Element tc = testcase(doc, suite, nfName, "low-level checks", 0);
      Verdict worst = result.lowLevel().stream().map(Verification.LowLevel::verdict)
          .reduce(Verdict.PROVED, Verdict::worst);
      String text = result.lowLevel().stream().map(l -> l.verdict() + " " + l.describe()
          + (l.input() != null ? "\n    input: " + l.input().summary() : "")
          + (l.cSteps().isEmpty() ? "" : "\n    C trace:\n      "
              + String.join("\n      ", l.cSteps())))
          .collect(Collectors.joining("\n"));
      if (worst == Verdict.VIOLATED) {
        failures++;
        problem(doc, tc, "failure", "violated", "a low-level check fails", text);
      } else if (worst == Verdict.UNKNOWN) {
        errors++;
        problem(doc, tc, "error", "unknown", "a low-level check is undecided", text);
      }
    }
    for (dev.vigor.engine.layers.LayerResult l : result.lowerLayers()) {
      // one testcase per lower layer verified: its own code between its models
      tests++;
      millis += l.millis();
      Element tc = testcase(doc, suite, nfName, "layer " + l.layer(), l.millis());
      String text = l.paths() + " paths, at " + String.join(", ", l.bounds())
          + l.findings().stream().map(f -> "\n" + f.loc() + ": " + (f.failed() ? "violated" : "undecided")
              + ": " + f.message() + " (" + f.check() + ")"
              + f.inputs().entrySet().stream().map(e -> "\n    " + e.getKey() + " = " + e.getValue())
                  .collect(Collectors.joining())
              + "\n    C trace:\n      " + String.join("\n      ", f.cSteps()))
              .collect(Collectors.joining());
      if (l.verdict() == Verdict.VIOLATED) {
        failures++;
        problem(doc, tc, "failure", "violated", "a check of the " + l.layer() + " layer fails", text);
      } else if (l.verdict() == Verdict.UNKNOWN) {
        errors++;
        problem(doc, tc, "error", "unknown", "a check of the " + l.layer() + " layer is undecided", text);
      }
    }
    for (Verification.SpecResult s : result.specs()) {
      tests++;
      millis += s.millis();
      ArtifactUris.Artifact a = uris.of(s.file().toString());
      String name = a.baseId().isPresent() ? a.uri() : s.file().toString(); // outside: as given
      Element tc = testcase(doc, suite, nfName, name, s.millis());
      if (!s.sources().isEmpty()) {
        // Which text was verified: the spec's SHA-256, and each imported property's.
        Element props = doc.createElement("properties");
        for (var h : s.sources()) {
          Element p = doc.createElement("property");
          p.setAttribute("name", "sha256:" + uris.of(h.file().toString()).uri());
          p.setAttribute("value", h.sha256());
          props.appendChild(p);
        }
        tc.appendChild(props);
      }
      if (s.traces().isEmpty()) {
        errors++;
        String text = s.diagnostics().stream().map(Diagnostic::format)
            .collect(Collectors.joining("\n"));
        if (s.diagnostics().isEmpty()) {
          problem(doc, tc, "error", "unknown", result.stopped() != null
              ? "not checked: " + result.stopped() : "no traces", text);
        } else {
          problem(doc, tc, "error", "bad-input", "the spec is malformed", text);
        }
        continue;
      }
      long violated = count(s, Verdict.VIOLATED);
      long unknown = count(s, Verdict.UNKNOWN);
      boolean init = InitSpecFiles.isInitSpec(s.file());
      String summary = init ? "nf_init's tables: " + s.verdict().name().toLowerCase(Locale.ROOT)
          : s.traces().size() + " traces: " + count(s, Verdict.PROVED) + " proved, "
          + violated + " violated, " + unknown + " unknown";
      if (s.verdict() == Verdict.VIOLATED) {
        failures++;
        StringBuilder text = new StringBuilder(summary).append('\n');
        for (TraceResult t : s.traces()) {
          t.counterexample().ifPresent(c -> {
            text.append(t.label()).append(" VIOLATED\n").append(c.render());
            if (!c.readable().packetHex().isEmpty()) {
              text.append("    whole packet (hex): ").append(c.readable().packetHex()).append('\n');
            }
          });
          if (t.verdict() == Verdict.VIOLATED && t.counterexample().isEmpty()) {
            // a low-level failure on the trace (its input is in the "low-level checks" testcase)
            text.append(t.label()).append(" VIOLATED: ")
                .append(String.join("; ", t.reasons())).append('\n');
          }
        }
        problem(doc, tc, "failure", "violated", init ? "nf_init's tables are not what " + name
            + " states" : violated + " of " + s.traces().size() + " traces violate " + name,
            text.toString());
      } else if (s.verdict() == Verdict.UNKNOWN) {
        errors++;
        long unchecked = s.traces().stream().filter(JUnitReport::unchecked).count();
        String text = summary + "\n" + s.traces().stream()
            .filter(t -> t.verdict() == Verdict.UNKNOWN && !unchecked(t))
            .map(t -> t.label() + " UNKNOWN: " + String.join("; ", t.reasons()))
            .collect(Collectors.joining("\n"))
            + (unchecked > 0 ? "\n" + unchecked + " traces not checked: " + result.stopped() : "");
        problem(doc, tc, "error", "unknown", init ? "nf_init's tables undecided"
            : unknown + " of " + s.traces().size() + " traces undecided", text);
      } else {
        Element out = doc.createElement("system-out");
        out.setTextContent(summary);
        tc.appendChild(out);
      }
    }
    if (result.stopped() != null) {
      // the run stopped early: the counts above cover only what it decided
      Element props = doc.createElement("properties");
      Element stopped = doc.createElement("property");
      stopped.setAttribute("name", "stopped");
      stopped.setAttribute("value", result.stopped());
      props.appendChild(stopped);
      suite.insertBefore(props, suite.getFirstChild());
      Element err = doc.createElement("system-err");
      err.setTextContent("The run stopped early (" + result.stopped() + "); traces not checked"
          + " by then are unknown, so these results are incomplete.");
      suite.appendChild(err);
    }
    suite.setAttribute("tests", Integer.toString(tests));
    suite.setAttribute("failures", Integer.toString(failures));
    suite.setAttribute("errors", Integer.toString(errors));
    suite.setAttribute("skipped", "0");
    suite.setAttribute("time", seconds(millis));
    suites.setAttribute("tests", Integer.toString(tests));
    suites.setAttribute("failures", Integer.toString(failures));
    suites.setAttribute("errors", Integer.toString(errors));
    suites.setAttribute("time", seconds(millis));
    return serialize(doc);
  }

  /** Whether an early stop left the trace unchecked (and nothing else is known against it). */
  private static boolean unchecked(TraceResult t) {
    return t.reasons().stream().anyMatch(Verification::isNotChecked)
        && LowLevelReport.onlyLowLevelOrUnchecked(t) && t.lowLevel().isEmpty();
  }

  private static Element testcase(Document doc, Element suite, String nfName, String name,
      long millis) {
    Element tc = doc.createElement("testcase");
    tc.setAttribute("classname", nfName);
    tc.setAttribute("name", name);
    tc.setAttribute("time", seconds(millis));
    suite.appendChild(tc);
    return tc;
  }

  private static void problem(Document doc, Element tc, String tag, String type, String message,
      String text) {
    Element e = doc.createElement(tag);
    e.setAttribute("type", type);
    e.setAttribute("message", message);
    e.setTextContent(text);
    tc.appendChild(e);
  }

  private static long count(Verification.SpecResult s, Verdict v) {
    return s.traces().stream().filter(t -> t.verdict() == v).count();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  private static String serialize(Document doc) {
    try {
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(w));
      return w.toString() + "\n";
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot render JUnit XML", e);
    }
  }
}
