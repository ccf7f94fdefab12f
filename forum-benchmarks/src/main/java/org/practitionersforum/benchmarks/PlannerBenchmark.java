package org.practitionersforum.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.FormationPlan;
import org.practitionersforum.api.forum.FormationPlanner;
import org.practitionersforum.api.forum.FormationRequest;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.testkit.Generators;

/**
 * The formation planner (FR-9) on realistic populations from the testkit: 10,000 volunteers over
 * 200 bases and 100,000 over 2,000 bases, so that the density (50 volunteers per base, 50 bases per
 * organisation) is the same and the ratio of the two scores shows how planning time grows with the
 * number of volunteers. Fixed seed; one thread; multi-discipline, multi-specialism forums focused
 * on the organisation, default settings (4 to 8 members, line management kept out). Target: under
 * one second for 100,000 volunteers, and linear growth.
 *
 * <p>From a fresh clone: {@code ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec
 * -Djmh.args="PlannerBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class PlannerBenchmark {
  /** The seed of the generated population. */
  public static final long SEED = 20261121L;

  /** Volunteers per base, the same at every size. */
  public static final int VOLUNTEERS_PER_BASE = 50;

  /**
   * How many volunteers to plan for; the bases are this divided by {@link #VOLUNTEERS_PER_BASE}.
   */
  @Param({"10000", "100000"})
  public int volunteers;

  private FormationPlanner planner;
  private FormationRequest request;
  private final Actor actor = Actor.system();

  /** Creates the benchmark state; JMH calls it. */
  public PlannerBenchmark() {}

  /** Generates the population once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    List<PractitionerProfile> population =
        Generators.volunteers(
            new SplittableRandom(SEED), volunteers, volunteers / VOLUNTEERS_PER_BASE);
    request =
        FormationRequest.builder()
            .volunteers(population)
            .composition(Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
            .settings(FormationSettings.DEFAULT)
            .build();
    planner = ForumSdk.builder().build().planner();
  }

  /**
   * Plans the whole population.
   *
   * @return the plan, so that the work cannot be optimised away
   */
  @Benchmark
  public FormationPlan plan() {
    return planner.plan(actor, request);
  }
}
