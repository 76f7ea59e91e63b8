# Sourced by scripts/bench, calibrate, plot and providers: sets JAR to target/benchmarks.jar and
# (re)builds it when it is missing or older than any file under src/main or pom.xml, so a script
# never runs the code as it was before an edit. (src/test does not go into the jar.)
JAR="$ROOT/target/benchmarks.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
  echo "building $JAR ($([ -f "$JAR" ] && echo "sources changed since it was built" || echo "missing")) ..." >&2
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never package -DskipTests) >&2
fi
