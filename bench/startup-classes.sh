#!/usr/bin/env bash
# Regenerates src/main/resources/org/mpstudio/ui/common/startup-classes.txt: the classes the editor loads from its own
# jar and from the JDK's modules (not those already in the JDK's class-data archive) between JVM start and the main
# window shown with the sample open, in load order. ClassWarmup.preloadStartup loads them on a second thread while
# the JavaFX toolkit starts. Needs a display (DISPLAY, e.g. Xvfb :90). Run after changing what start-up shows.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${DISPLAY:-}" ] || { echo "needs a display: e.g. Xvfb :90 & DISPLAY=:90 $0" >&2; exit 2; }
mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=src/main/resources/org/mpstudio/ui/common/startup-classes.txt
# -Dmpstudio.noWarmup: the list must hold what start-up itself loads, not what the lists already load
timeout 12 java -Dmpstudio.noWarmup=true -Dmpstudio.home="$work/home" -Xlog:class+load=info:file="$work/load.txt" \
  -Dmpstudio.debug.exitWhenShown=true -jar target/mpstudio.jar open sample-profiles/viet-nam >/dev/null 2>&1 || true
{
  echo "# Classes the editor loads before its window shows, in load order (bench/startup-classes.sh makes this file)."
  grep -E "source: (jrt:|jar:|file:)" "$work/load.txt" | awk '{print $2}' \
    | grep -vE '\$\$Lambda|/0x|^org\.mpstudio\.ui\.agent\.|^org\.objectweb\.asm\.'
} > "$out"
echo "$(($(wc -l < "$out") - 1)) classes written to $out"
