package org.practitionersforum.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sums up the statement log an embedded PostgreSQL server of a storage benchmark wrote (started
 * with the system property {@code pf.postgresStatementLog}): for each backend process, that is each
 * pooled connection, the server-side time of its statements per transaction committed, and the
 * statements that took most of it. Set beside the benchmark's own times, it separates what the
 * database spends on each side's statements from what the round trips and the client cost.
 *
 * <pre>
 * ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec \
 *     -Djmh.args="JoinBenchmark.paired -p database=postgresql -wi 3 -i 2 -jvmArgsAppend -Dpf.postgresStatementLog=/tmp/pf-pglog"
 * ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec \
 *     -Djmh.main=org.practitionersforum.benchmarks.PostgresStatementTimes -Djmh.args=/tmp/pf-pglog
 * </pre>
 *
 * <p>The log holds the benchmark's bind values; it is for benchmark data only.
 */
public final class PostgresStatementTimes {
  private static final Pattern LINE =
      Pattern.compile("^pid=(\\d+):LOG:  duration: ([0-9.]+) ms  (\\w+)[^:]*: (.*)$");
  private static final int SHOWN = 8;
  private static final int WIDTH = 70;

  private PostgresStatementTimes() {}

  /** What one backend process spent. */
  private static final class Backend {
    double millis;
    int commits;
    final Map<String, double[]> byStatement = new TreeMap<>();
  }

  /**
   * Reads every {@code .log} file in the directory named and prints, per backend process with at
   * least 100 commits, the server time per commit and its largest statements.
   *
   * @param args the log directory
   * @throws IOException if the directory cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PostgresStatementTimes <log-directory>");
      System.exit(2);
    }
    Map<String, Backend> backends = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
      files = listing.filter(f -> f.toString().endsWith(".log")).sorted().toList();
    }
    for (Path file : files) {
      try (Stream<String> lines = Files.lines(file)) {
        lines.forEach(
            line -> {
              Matcher m = LINE.matcher(line);
              if (!m.matches()) {
                return;
              }
              Backend b = backends.computeIfAbsent(m.group(1), k -> new Backend());
              double ms = Double.parseDouble(m.group(2));
              String phase = m.group(3);
              String text = m.group(4);
              b.millis += ms;
              if (phase.equals("execute") && text.equals("COMMIT")) {
                b.commits++;
              }
              String key = phase + " " + (text.length() > WIDTH ? text.substring(0, WIDTH) : text);
              double[] sum = b.byStatement.computeIfAbsent(key, k -> new double[2]);
              sum[0] += ms;
              sum[1]++;
            });
      }
    }
    for (Map.Entry<String, Backend> e : backends.entrySet()) {
      Backend b = e.getValue();
      if (b.commits < 100) {
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "backend %s: %.1f ms in %d transactions, %.1f us each%n",
          e.getKey(),
          b.millis,
          b.commits,
          1000 * b.millis / b.commits);
      List<Map.Entry<String, double[]>> top = new ArrayList<>(b.byStatement.entrySet());
      top.sort(Comparator.comparingDouble((Map.Entry<String, double[]> s) -> -s.getValue()[0]));
      for (Map.Entry<String, double[]> s : top.subList(0, Math.min(SHOWN, top.size()))) {
        System.out.printf(
            Locale.ROOT,
            "    %6.1f us per transaction  %7.1f us each  %s%n",
            1000 * s.getValue()[0] / b.commits,
            1000 * s.getValue()[0] / s.getValue()[1],
            s.getKey());
      }
    }
  }
}
