#!/usr/bin/env bash
# Benchmark of the editor, headless (Monocle, software rendering, as the screen tests in pom.xml's surefire argLine)
# with the Lao-shaping agent: (a) preview refresh after a keystroke in a ~15,000-word chapter appended to a copy of
# the sample (50 keystrokes, p50/p95), (b) cold start from JVM start to the window shown with the sample opening,
# (c) heap used with the sample open after a GC, (d) the longest waits of the JavaFX thread when the long chapter is
# selected and through a scripted session. Prints one line per figure. BENCH_JAVA_OPTS=-Dbench.times=true prints the
# clock time each session step starts at, to match it with a flight recording (-XX:StartFlightRecording=...).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f target/mpstudio-lao-agent.jar ] && [ -d target/classes/org/mpstudio/ui ] || mvn -B -q -DskipTests package
[ -f target/test-classes/org/mpstudio/bench/EditorBenchmark.class ] || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null \
  || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/classes:target/test-classes:$(cat "$work/cp.txt")"
fx=(-Dfile.encoding=UTF-8 -Xmx1g -javaagent:target/mpstudio-lao-agent.jar -Dtestfx.robot=glass -Dtestfx.headless=true
    -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless
    -Dheadless.geometry=1600x1200-32)
java -cp "$cp" org.mpstudio.bench.EditorBenchmark prepare "$work" sample-profiles/viet-nam
java "${fx[@]}" ${BENCH_JAVA_OPTS:-} -cp "$cp" org.mpstudio.bench.EditorBenchmark run "$work" 2> "$work/stderr.txt" \
  || { cat "$work/stderr.txt" >&2; exit 1; }
# (b) again, as bin/editor starts from its second start on: from a class-data-sharing archive recorded at the exit
# of a first start. Classes are archived from jars only, so the editor runs from its jar here. The benchmark passes
# the Lao agent with -javaagent, which needs AllowArchivingWithJavaAgent (bin/editor's jar names it in its manifest).
if java -Xshare:on -version >/dev/null 2>&1; then
  (cd target/test-classes && jar cf "$work/bench.jar" org/mpstudio/bench)
  jarcp="target/mpstudio.jar:$work/bench.jar:$(cat "$work/cp.txt")"
  cds=(-XX:+UnlockDiagnosticVMOptions -XX:+AllowArchivingWithJavaAgent -Xlog:cds=off -Xlog:cds+dynamic=off
       -Dbench.startOnly=true)
  java "${fx[@]}" "${cds[@]}" -XX:ArchiveClassesAtExit="$work/editor.jsa" -cp "$jarcp" \
    org.mpstudio.bench.EditorBenchmark run "$work" >/dev/null 2>>"$work/stderr.txt" || true
  if [ -f "$work/editor.jsa" ]; then
    for run in 1 2 3; do
      java "${fx[@]}" "${cds[@]}" -XX:SharedArchiveFile="$work/editor.jsa" -cp "$jarcp" \
        org.mpstudio.bench.EditorBenchmark run "$work" 2>>"$work/stderr.txt" \
        | sed -n "s/^cold start to window shown: */cold start to window shown, from bin\/editor's archive (run $run): /p"
    done
  fi
fi
