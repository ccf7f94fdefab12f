package org.practitionersforum.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the median of every iteration of each benchmark in a JMH JSON result file (JMH itself
 * prints means), with its secondary metrics, so figures are reported as medians. Runs of one
 * benchmark class with the same parameters are listed together, and each line after the first of
 * such a group also shows its cost relative to the group's first line (for example the SDK against
 * plain JDBC, or the engine against the baseline, measured in the same run).
 *
 * <pre>
 * ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec \
 *     -Djmh.args="JoinBenchmark -rf json -rff target/jmh.json"
 * ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec \
 *     -Djmh.main=org.practitionersforum.benchmarks.Medians -Djmh.args=target/jmh.json
 * </pre>
 */
public final class Medians {
  private Medians() {}

  /**
   * Reads the JMH JSON files named and prints the medians.
   *
   * @param args paths of JMH JSON result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: Medians <jmh-result.json>...");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    for (String file : args) {
      JsonNode runs = mapper.readTree(Path.of(file).toFile());
      System.out.println("# " + file);
      Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
      for (JsonNode run : runs) {
        String benchmark = run.path("benchmark").asText();
        String cls = benchmark.substring(0, benchmark.lastIndexOf('.'));
        groups
            .computeIfAbsent(cls + " " + params(run.path("params")), k -> new ArrayList<>())
            .add(run);
      }
      for (List<JsonNode> group : groups.values()) {
        double first = Double.NaN;
        for (JsonNode run : group) {
          String benchmark = run.path("benchmark").asText();
          JsonNode primary = run.path("primaryMetric");
          double median = median(primary.path("rawData"));
          String ratio = "";
          if (Double.isNaN(first)) {
            first = median;
          } else {
            ratio =
                String.format(
                    Locale.ROOT,
                    "  (cost %.4gx the first line's)",
                    ratio(run.path("mode").asText(), median, first));
          }
          System.out.printf(
              Locale.ROOT,
              "%-50s %-24s median %,.3f %s%s%n",
              benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
              params(run.path("params")),
              median,
              primary.path("scoreUnit").asText(),
              ratio);
          Iterator<Map.Entry<String, JsonNode>> secondary =
              run.path("secondaryMetrics").properties().iterator();
          while (secondary.hasNext()) {
            Map.Entry<String, JsonNode> m = secondary.next();
            JsonNode raw = m.getValue().path("rawData");
            if (raw.size() > 0) {
              System.out.printf(
                  Locale.ROOT,
                  "    %-71s median %,.3f %s%n",
                  m.getKey(),
                  median(raw),
                  m.getValue().path("scoreUnit").asText());
            }
          }
          paired(run.path("secondaryMetrics"));
        }
      }
    }
  }

  /**
   * For a benchmark that times two sides in the same iterations (secondary results {@code
   * sdkNanos}, {@code plainNanos} and {@code pairs}, summed over each iteration), prints the
   * medians over the iterations of each side's time per operation and of the SDK / plain ratio,
   * and, when the run counted them ({@code sdkCpuNanos}, {@code plainCpuNanos}), of each side's
   * processor time per operation on the benchmark thread.
   */
  private static void paired(JsonNode secondary) {
    List<Double> sdk = values(secondary.path("sdkNanos").path("rawData"));
    List<Double> plain = values(secondary.path("plainNanos").path("rawData"));
    List<Double> pairs = values(secondary.path("pairs").path("rawData"));
    if (sdk.isEmpty() || sdk.size() != plain.size() || sdk.size() != pairs.size()) {
      return;
    }
    List<Double> sdkMicros = perOperation(sdk, pairs);
    List<Double> plainMicros = perOperation(plain, pairs);
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < sdk.size(); i++) {
      ratios.add(sdk.get(i) / plain.get(i));
    }
    System.out.printf(
        Locale.ROOT,
        "    paired, %d iterations: SDK median %,.1f us/op, plain %,.1f us/op,"
            + " SDK / plain per iteration median %.2fx (%.2fx to %.2fx)%n",
        ratios.size(),
        median(sdkMicros),
        median(plainMicros),
        median(ratios),
        ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    List<Double> sdkCpu = values(secondary.path("sdkCpuNanos").path("rawData"));
    List<Double> plainCpu = values(secondary.path("plainCpuNanos").path("rawData"));
    if (sdkCpu.size() == pairs.size() && plainCpu.size() == pairs.size()) {
      System.out.printf(
          Locale.ROOT,
          "    benchmark thread on the processor: SDK median %,.1f us/op, plain %,.1f" + " us/op%n",
          median(perOperation(sdkCpu, pairs)),
          median(perOperation(plainCpu, pairs)));
    }
  }

  private static List<Double> perOperation(List<Double> nanos, List<Double> pairs) {
    List<Double> micros = new ArrayList<>();
    for (int i = 0; i < nanos.size(); i++) {
      micros.add(nanos.get(i) / pairs.get(i) / 1000);
    }
    return micros;
  }

  private static List<Double> values(JsonNode rawData) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : rawData) {
      for (JsonNode v : fork) {
        values.add(v.asDouble());
      }
    }
    return values;
  }

  private static double median(List<Double> values) {
    double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    int mid = a.length / 2;
    return a.length % 2 == 1 ? a[mid] : (a[mid - 1] + a[mid]) / 2;
  }

  /**
   * How many times the first line's cost this line's is: for throughput modes the inverse of the
   * score ratio, for time modes the score ratio.
   */
  private static double ratio(String mode, double median, double first) {
    boolean throughput = mode.equals("thrpt");
    return throughput ? first / median : median / first;
  }

  private static String params(JsonNode params) {
    if (params.isMissingNode() || params.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    params.properties().forEach(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
    return String.join(",", parts);
  }

  private static double median(JsonNode rawData) {
    List<Double> values = values(rawData);
    return values.isEmpty() ? Double.NaN : median(values);
  }
}
