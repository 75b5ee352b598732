#!/usr/bin/env bash
# The validate step of the napcheck Action (action.yml), kept in a file so
# that scripts/test-action runs exactly what the runner runs. Every input
# arrives in an environment variable (INPUT_*, set by action.yml's `env:`),
# never pasted into this script: the text of an input is data, not code.
# List inputs are one item per line, each item one argument (spaces and
# `$(...)` stay literal); globs are quoted through to napcheck, which expands
# them itself (`**` included). Writes the outputs (files, valid, invalid,
# findings, sarif-file) to $GITHUB_OUTPUT; the SARIF rules' helpUri point
# to docs/codes.md in the repository and ref the Action was used from
# (NAPCHECK_ACTION_REPOSITORY, NAPCHECK_ACTION_REF; `--help-base`); and a table of the invalid files
# with their first findings to $GITHUB_STEP_SUMMARY. Inputs are relative to
# working-directory, but annotations, SARIF locations and the summary name
# files from the repository root, where GitHub looks for them. Exits with napcheck's
# exit code (0 valid, 1 invalid, 2 unreadable or usage).
set -euo pipefail

napcheck="${NAPCHECK_BIN:?NAPCHECK_BIN is the napcheck binary (set by the install step)}"

# One item per non-blank line, spaces around it trimmed; a CR is dropped.
lines() {
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    line="${line%$'\r'}"
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [ -n "$line" ] && printf '%s\0' "$line"
  done <<<"${1-}"
}

paths=()
while IFS= read -r -d '' item; do paths+=("$item"); done < <(lines "${INPUT_PATHS-}")
if [ ${#paths[@]} -eq 0 ]; then
  echo "::error title=napcheck::the 'paths' input is empty: list the files, folders or globs to check, one per line (e.g. assessments/**/*.json)" >&2
  exit 2
fi

args=(validate --lang "${INPUT_LANG:-en}")
while IFS= read -r -d '' item; do args+=(--criteria "$item"); done < <(lines "${INPUT_CRITERIA-}")
case "${INPUT_DENY_WARNINGS:-}" in
  "" | false) ;;
  true | all) args+=(--deny-warnings) ;;
  *) args+=("--deny-warnings=${INPUT_DENY_WARNINGS}") ;;
esac
case "${INPUT_ALLOW_EMPTY:-false}" in
  true) args+=(--allow-empty) ;;
  false) ;;
  *) echo "::error title=napcheck::allow-empty must be true or false" >&2; exit 2 ;;
esac
if [ -n "${INPUT_TODAY:-}" ]; then args+=(--today "$INPUT_TODAY"); fi

format="${INPUT_FORMAT:-github}"
case "$format" in
  github | human | json | sarif) ;;
  *) echo "::error title=napcheck::format must be github, human, json or sarif" >&2; exit 2 ;;
esac

workdir="${INPUT_WORKING_DIRECTORY:-.}"
sarif="${INPUT_SARIF_FILE:-napcheck.sarif}"
# Both reach $GITHUB_OUTPUT (`name=value` per line): a line break would add
# an output of its own.
for one_line in "$workdir" "$sarif"; do
  if [[ "$one_line" == *[$'\r\n']* ]]; then
    echo "::error title=napcheck::working-directory and sarif-file must be one line each" >&2
    exit 2
  fi
done
root="$(cd -- "${GITHUB_WORKSPACE:-.}" && pwd -P)"
cd -- "$workdir"

# napcheck names files relative to the working directory, but GitHub
# resolves annotations and SARIF locations from the repository root: the
# working directory's path from the root is put in front of them (and of the
# names in the job summary). A working directory outside the workspace
# keeps the names as they are.
here="$(pwd -P)"
prefix=""
case "$here" in
  "$root") ;;
  "$root"/*) prefix="${here#"$root"/}/" ;;
  *) echo "::warning title=napcheck::working-directory is outside the workspace; annotations name files relative to it" >&2 ;;
esac
# An annotation's file property, escaped as workflow commands escape
# properties (% first, then CR, LF, colon, comma).
annotation_prefix="${prefix//%/%25}"
annotation_prefix="${annotation_prefix//$'\r'/%0D}"
annotation_prefix="${annotation_prefix//$'\n'/%0A}"
annotation_prefix="${annotation_prefix//:/%3A}"
annotation_prefix="${annotation_prefix//,/%2C}"
export NAPCHECK_ANNOTATION_PREFIX="$annotation_prefix"
# Puts the prefix in front of each relative `file=` of napcheck's github
# annotations (absolute ones are left as they are).
annotate() {
  awk 'BEGIN { p = ENVIRON["NAPCHECK_ANNOTATION_PREFIX"] }
    match($0, /^::(error|warning|notice) file=/) && substr($0, RLENGTH + 1, 1) != "/" {
      print substr($0, 1, RLENGTH) p substr($0, RLENGTH + 1); fflush(); next
    }
    { print; fflush() }'
}

scratch="$(mktemp -d)"
trap 'rm -rf -- "$scratch"' EXIT
records="$scratch/records.jsonl"

# The JSON records give the outputs and the summary; `--` ends the options,
# so a path that starts with `-` stays a path.
status=0
"$napcheck" "${args[@]}" --format json -- "${paths[@]}" >"$records" || status=$?

case "$format" in
  sarif)
    # Code scanning links each rule to docs/codes.md of the Action's own
    # repository at the ref used (`uses: owner/repo@ref`); a local action
    # (`uses: ./`) has neither, and napcheck's default stays.
    help=()
    if [ -n "${NAPCHECK_ACTION_REPOSITORY:-}" ] && [ -n "${NAPCHECK_ACTION_REF:-}" ]; then
      help=(--help-base "${NAPCHECK_SERVER_URL:-https://github.com}/${NAPCHECK_ACTION_REPOSITORY}/blob/${NAPCHECK_ACTION_REF}")
    fi
    "$napcheck" "${args[@]}" --format sarif "${help[@]}" -- "${paths[@]}" >"$scratch/log.sarif" || true
    # Each %SRCROOT%-relative URI gets the working directory's path in front,
    # percent-encoded segment by segment.
    jq --arg prefix "$prefix" '
      ($prefix | split("/") | map(@uri) | join("/")) as $p
      | walk(if type == "object" and .uriBaseId == "%SRCROOT%" and (.uri | type) == "string"
          then .uri = $p + .uri else . end)' "$scratch/log.sarif" >"$sarif"
    echo "napcheck: SARIF written to $sarif" ;;
  github) "$napcheck" "${args[@]}" --format github -- "${paths[@]}" | annotate || true ;;
  *) "$napcheck" "${args[@]}" --format "$format" -- "${paths[@]}" || true ;;
esac

summary="$(jq -c 'select(.type == "summary")' "$records" | tail -n 1)"
if [ -n "$summary" ]; then
  {
    for key in files valid invalid findings; do
      printf '%s=%s\n' "$key" "$(jq -r ".$key" <<<"$summary")"
    done
    if [ "$format" = sarif ]; then
      case "$sarif" in /*) printf 'sarif-file=%s\n' "$sarif" ;; *) printf 'sarif-file=%s\n' "$workdir/$sarif" ;; esac
    fi
  } >>"${GITHUB_OUTPUT:-/dev/null}"
fi

# The job summary: totals, then each invalid file with its first error (or
# denied warning), at most 200 rows; Markdown and HTML in names and messages
# are escaped, so a file name cannot inject anything into the page.
{
  jq -rs --argjson limit 200 --arg prefix "$prefix" --arg lang "${INPUT_LANG:-en}" '
    def name: if startswith("/") then . else $prefix + . end;
    # The summary in the input lang (az, en, ru; anything else: en), in the
    # words of validate'"'"'s own summary line.
    def totals($s): if $lang == "az" then
        "\($s.files) fayl yoxlanıldı: \($s.valid) düzgün, \($s.invalid) yanlış, \($s.findings) qeyd" + (if $s.unreadable > 0 then ", \($s.unreadable) oxunmur" else "" end)
      elif $lang == "ru" then
        "проверено файлов: \($s.files); корректных: \($s.valid), некорректных: \($s.invalid), замечаний: \($s.findings)" + (if $s.unreadable > 0 then ", нечитаемых: \($s.unreadable)" else "" end)
      else
        "\($s.files) files checked: \($s.valid) valid, \($s.invalid) invalid, \($s.findings) findings" + (if $s.unreadable > 0 then ", \($s.unreadable) unreadable" else "" end)
      end;
    def say($key): {
      none: {az: "napcheck yekun vermədi (jurnala baxın)", en: "napcheck gave no summary (see the log)", ru: "napcheck не вывел итог (см. журнал)"},
      head: {az: "| fayl | ilk qeyd | kod | sətir |", en: "| file | first finding | code | line |", ru: "| файл | первое замечание | код | строка |"}
    }[$key] | (.[$lang] // .en);
    def more($n): if $lang == "az" then "… və daha \($n) yanlış fayl (jurnala baxın)."
      elif $lang == "ru" then "… и ещё некорректных файлов: \($n) (см. журнал)."
      else "… and \($n) more invalid files (see the log)." end;
    def cell: tostring | gsub("[\r\n]+"; " ") | gsub("&"; "&amp;") | gsub("<"; "&lt;") | gsub(">"; "&gt;")
      | gsub("(?<c>[\\\\`*_\\[\\]|#])"; "\\\(.c)");
    (map(select(.type == "summary")) | last) as $s
    | (map(select(.type == "finding")) | group_by(.file) | map({key: .[0].file, value: .}) | from_entries) as $found
    | (map(select((.type == "file" or .type == "directory") and .valid == false))) as $invalid
    | "### napcheck validate",
      "",
      (if $s then totals($s) else say("none") end),
      "",
      (if ($invalid | length) > 0 then
        say("head"),
        "| --- | --- | --- | ---: |",
        ($invalid[:$limit][] as $f
          | ($found[$f.file] // []) as $fs
          | (($fs | map(select(.severity == "error")) | first) // ($fs | first)) as $first
          | if $f.unreadable then "| \($f.file | name | cell) | \($f.unreadable | cell) | unreadable-input | |"
            elif $first then "| \($f.file | name | cell) | \($first.message | cell) | \($first.code | cell) | \($first.line) |"
            else "| \($f.file | name | cell) | | | |" end),
        (if ($invalid | length) > $limit then "", more(($invalid | length) - $limit) else empty end)
      else empty end)
  ' "$records"
} >>"${GITHUB_STEP_SUMMARY:-/dev/null}" || echo "::warning title=napcheck::could not write the job summary" >&2

exit "$status"
