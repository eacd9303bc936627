#!/usr/bin/env bash
# Benchmark: import of N observations (default 1,000,000) from a long CSV, rows per second, side by side with
# sqlite3's .import of the same file into a table with the same unique key. Also times `check` on the sample,
# cold (a fresh JVM) and warm (in one JVM, after warm-up). Prints one line per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f target/mpstudio.jar ] || mvn -B -q -DskipTests package
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed for the comparison (apt-get install sqlite3)"; exit 2; }

# N distinct observations of workers_deployed_contract: monthly periods x destination codes x sex.
awk -v n="$N" 'BEGIN {
  print "indicator,period,value,sex,destination"; c = 0
  for (y = 1900; y <= 2099 && c < n; y++) for (m = 1; m <= 12 && c < n; m++)
    for (a = 0; a < 26 && c < n; a++) for (b = 0; b < 26 && c < n; b++) for (s = 0; s < 2 && c < n; s++) {
      printf "workers_deployed_contract,%d-%02d,%d,%s,X%c%c\n", y, m, (c * 7919) % 100000, (s ? "F" : "M"), 65 + a, 65 + b
      c++
    }
}' > "$work/obs.csv"
rows=$(($(wc -l < "$work/obs.csv") - 1))

java -jar target/mpstudio.jar new --template iom-standard --country VN --lang en --title Bench "$work/b.mprofile" >/dev/null
t0=$(date +%s.%N)
java -jar target/mpstudio.jar import "$work/b.mprofile" "$work/obs.csv" >/dev/null
t1=$(date +%s.%N)

sqlite3 "$work/s.db" "CREATE TABLE observation(indicator TEXT NOT NULL, period TEXT NOT NULL, value REAL NOT NULL,
  sex TEXT, destination TEXT, UNIQUE(indicator, period, sex, destination));"
t2=$(date +%s.%N)
sqlite3 "$work/s.db" ".mode csv" ".import --skip 1 $work/obs.csv observation"
t3=$(date +%s.%N)

ours=$(echo "$t1 - $t0" | bc -l); theirs=$(echo "$t3 - $t2" | bc -l)
printf 'import %d rows: mpstudio %.2f s (%.0f rows/s, whole command incl. JVM start)\n' "$rows" "$ours" "$(echo "$rows / $ours" | bc -l)"
printf 'import %d rows: sqlite3 .import %.2f s (%.0f rows/s)\n' "$rows" "$theirs" "$(echo "$rows / $theirs" | bc -l)"
printf 'ratio mpstudio / sqlite3: %.2f (goal: within 2)\n' "$(echo "$ours / $theirs" | bc -l)"

java -jar target/mpstudio.jar build sample-profiles/viet-nam "$work/vn.mprofile" >/dev/null
t4=$(date +%s.%N)
java -jar target/mpstudio.jar check "$work/vn.mprofile" >/dev/null || true
t5=$(date +%s.%N)
printf 'check on the sample, cold JVM: %.2f s\n' "$(echo "$t5 - $t4" | bc -l)"
[ -d target/test-classes ] || mvn -B -q test-compile
java -cp target/mpstudio.jar:target/test-classes org.mpstudio.bench.CheckBenchmark "$work/vn.mprofile"
