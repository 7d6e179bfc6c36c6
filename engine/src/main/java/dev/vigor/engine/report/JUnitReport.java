package dev.vigor.engine.report;

import dev.vigor.engine.diag.Diagnostic;
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
    int tests = 0;
    int failures = 0;
    int errors = 0;
    long millis = 0;

    if (!result.lowLevel().isEmpty()) {
      tests++;
      Element tc = testcase(doc, suite, nfName, "low-level checks", 0);
      Verdict worst = result.lowLevel().stream().map(Verification.LowLevel::verdict)
          .reduce(Verdict.PROVED, Verdict::worst);
      String text = result.lowLevel().stream().map(l -> l.verdict() + " " + l.check() + " at "
          + l.loc() + ": " + l.message() + (l.input() != null ? "\n    input: "
          + l.input().summary() : "")).collect(Collectors.joining("\n"));
      if (worst == Verdict.VIOLATED) {
        failures++;
        problem(doc, tc, "failure", "violated", "a low-level check fails", text);
      } else if (worst == Verdict.UNKNOWN) {
        errors++;
        problem(doc, tc, "error", "unknown", "a low-level check is undecided", text);
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
        problem(doc, tc, "error", "bad-input", s.diagnostics().isEmpty() ? "no traces"
            : "the spec is malformed", text);
        continue;
      }
      long violated = count(s, Verdict.VIOLATED);
      long unknown = count(s, Verdict.UNKNOWN);
      String summary = s.traces().size() + " traces: " + count(s, Verdict.PROVED) + " proved, "
          + violated + " violated, " + unknown + " unknown";
      if (s.verdict() == Verdict.VIOLATED) {
        failures++;
        StringBuilder text = new StringBuilder(summary).append('\n');
        for (TraceResult t : s.traces()) {
          t.counterexample().ifPresent(c -> text.append("trace ").append(t.traceId())
              .append(" VIOLATED\n").append(c.render()));
        }
        problem(doc, tc, "failure", "violated", violated + " of " + s.traces().size()
            + " traces violate " + name, text.toString());
      } else if (s.verdict() == Verdict.UNKNOWN) {
        errors++;
        String text = summary + "\n" + s.traces().stream()
            .filter(t -> t.verdict() == Verdict.UNKNOWN)
            .map(t -> "trace " + t.traceId() + " UNKNOWN: " + String.join("; ", t.reasons()))
            .collect(Collectors.joining("\n"));
        problem(doc, tc, "error", "unknown", unknown + " of " + s.traces().size()
            + " traces undecided", text);
      } else {
        Element out = doc.createElement("system-out");
        out.setTextContent(summary);
        tc.appendChild(out);
      }
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
