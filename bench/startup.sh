#!/usr/bin/env bash
# Start-up benchmark (see docs/benchmarks.md): a one-page document extracted end to end, JVM start
# included, measured with hyperfine (apt-get install -y hyperfine).
#   bench/startup.sh                 the three sample documents (PDF, Markdown, DOCX), with plain
#                                    `java -jar` and through the ./specmirror launcher
#   bench/startup.sh --experiments   also the PDF under JVM/Tika start-up variants (AppCDS, C1 only, ...)
# Extra arguments for `extract` (e.g. --rules-only): EXTRACT_ARGS. Runs: RUNS (default 20).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v hyperfine >/dev/null || { echo "bench/startup.sh: hyperfine is needed (apt-get install -y hyperfine)" >&2; exit 1; }
"$root/specmirror" --version >/dev/null
cd "$root"
jar=target/specmirror.jar
sample=fixtures/formats/sample-datasheet
args="--format json ${EXTRACT_ARGS:-}"
runs="${RUNS:-20}"

hyperfine -N --warmup 3 --runs "$runs" --style basic \
  -n "pdf (1 page), java -jar" "java -jar $jar extract $sample.pdf $args" \
  -n "md, java -jar" "java -jar $jar extract $sample.md $args" \
  -n "docx, java -jar" "java -jar $jar extract $sample.docx $args" \
  -n "pdf via ./specmirror (launcher, AppCDS archive)" "./specmirror extract $sample.pdf $args" \
  -n "md via ./specmirror" "./specmirror extract $sample.md $args" \
  -n "docx via ./specmirror" "./specmirror extract $sample.docx $args" \
  -n "java -jar specmirror.jar --version (JVM + picocli only)" "java -jar $jar --version"

if [ "${1:-}" = "--experiments" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  # Tika configured with only the parsers specmirror documents (instead of every parser on the classpath)
  cat > "$tmp/tika-config.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<properties>
  <parsers>
    <parser class="org.apache.tika.parser.pdf.PDFParser"/>
    <parser class="org.apache.tika.parser.microsoft.ooxml.OOXMLParser"/>
    <parser class="org.apache.tika.parser.microsoft.OfficeParser"/>
    <parser class="org.apache.tika.parser.odf.OpenDocumentParser"/>
    <parser class="org.apache.tika.parser.microsoft.rtf.RTFParser"/>
    <parser class="org.apache.tika.parser.html.JSoupParser"/>
    <parser class="org.apache.tika.parser.txt.TXTParser"/>
  </parsers>
</properties>
XML
  train="extract $sample.pdf $sample.docx $sample.md $sample.html $args"
  # AppCDS: a dynamic class-data archive written by one training run (JDK 13+)
  java -XX:ArchiveClassesAtExit="$tmp/app.jsa" -jar $jar $train >/dev/null 2>&1
  java -XX:ArchiveClassesAtExit="$tmp/app-tika.jsa" -Dtika.config="$tmp/tika-config.xml" -jar $jar $train >/dev/null 2>&1
  run="extract $sample.pdf $args"
  hyperfine -N --warmup 3 --runs "$runs" --style basic \
    -n "baseline" "java -jar $jar $run" \
    -n "with --rules-only (classifier not loaded)" "java -jar $jar $run --rules-only" \
    -n "C1 only (-XX:TieredStopAtLevel=1)" "java -XX:TieredStopAtLevel=1 -jar $jar $run" \
    -n "Serial GC (-XX:+UseSerialGC)" "java -XX:+UseSerialGC -jar $jar $run" \
    -n "tika-config.xml with 7 parsers" "java -Dtika.config=$tmp/tika-config.xml -jar $jar $run" \
    -n "AppCDS archive" "java -XX:SharedArchiveFile=$tmp/app.jsa -jar $jar $run" \
    -n "AppCDS + tika.config" "java -XX:SharedArchiveFile=$tmp/app-tika.jsa -Dtika.config=$tmp/tika-config.xml -jar $jar $run" \
    -n "AppCDS + tika.config + C1 + SerialGC" "java -XX:SharedArchiveFile=$tmp/app-tika.jsa -Dtika.config=$tmp/tika-config.xml -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar $run"
fi
