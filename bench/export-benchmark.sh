#!/usr/bin/env bash
# Benchmark: export of the sample and of a synthetic ~100-page profile (30 charts, 12 tables): our DOCX in a cold
# and a warm JVM, our DOCX + PDF, peak memory (max RSS of the whole command), and side by side on the same content
# pandoc (Markdown to DOCX) and LibreOffice's own DOCX to PDF conversion. Prints one line per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f target/mpstudio.jar ] || mvn -B -q -DskipTests package
[ -d target/test-classes/org/mpstudio/bench ] || mvn -B -q test-compile
cp="target/mpstudio.jar:target/test-classes"
java -cp "$cp" org.mpstudio.bench.SyntheticProfile "$work/synthetic"

secs() { local s=$1 e=$2; echo "$e - $s" | bc -l; }
run_timed() { # label, command...: prints wall seconds and max RSS
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; return 1; }
  read -r wall rss < "$work/time"
  printf '%-44s %6.2f s   peak %4d MB\n' "$label" "$wall" "$((rss / 1024))"
}

for name in sample synthetic; do
  src=sample-profiles/viet-nam; [ "$name" = synthetic ] && src="$work/synthetic"
  run_timed "$name: our DOCX, cold JVM" java -jar target/mpstudio.jar export "$src" --format docx --out "$work/$name-docx"
  run_timed "$name: our DOCX + PDF, cold JVM" java -jar target/mpstudio.jar export "$src" --format docx,pdf --out "$work/$name-pdf"
  java -cp "$cp" org.mpstudio.bench.ExportBenchmark warm "$src" "$work/$name-warm" | sed "s/^/$name: /"
  java -cp "$cp" org.mpstudio.bench.ExportBenchmark twin "$src" "$work/$name-twin"
  (cd "$work/$name-twin" && run_timed "$name: pandoc Markdown to DOCX" pandoc twin.md -o twin.docx)
  docx=$(ls "$work/$name-docx"/*.docx)
  run_timed "$name: LibreOffice DOCX to PDF (plain)" soffice --headless "-env:UserInstallation=file://$work/lo" \
    --convert-to pdf --outdir "$work/$name-lo" "$docx"
  pages=$(pdfinfo "$work/$name-pdf"/*.pdf 2>/dev/null | awk '/^Pages/ {print $2}')
  echo "$name: PDF has ${pages:-?} pages"
done
