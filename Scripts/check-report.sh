#!/usr/bin/env bash
# Looks at a `qualkit report` as readers will: converts the Word file to PDF
# with LibreOffice, renders the HTML with headless Chromium (a screenshot and
# a print to PDF) and compiles the LaTeX with pdflatex, then makes PNG pages
# of each PDF to look at.
#
#   Scripts/check-report.sh [REPORT_DIR] [OUT_DIR]
#
# REPORT_DIR defaults to report/ (run `swift run qualkit report` first), OUT_DIR to
# .build/report-check/. A tool that is missing is installed with apt-get when
# that is possible (as root, or with sudo), else its check is skipped with a
# message. Exit status: 0 when every check that ran passed, 1 otherwise.
set -uo pipefail

report=${1:-report}
out=${2:-.build/report-check}
if [ ! -f "$report/report.html" ] && [ ! -f "$report/report.docx" ] && [ ! -d "$report/latex" ]; then
  echo "error: no report in '$report' (run 'swift run qualkit report' first)" >&2
  exit 66
fi
report=$(cd "$report" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/*.png "$out"/*.pdf "$out"/*.log

failed=0
summary=()

# Installs Debian packages when the tool `$1` is missing; returns 1 when it stays missing.
ensure() {
  local tool=$1
  shift
  command -v "$tool" >/dev/null 2>&1 && return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "note: '$tool' is missing and cannot be installed here (not root, no sudo)" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "note: '$tool' is missing and there is no apt-get to install it with" >&2
    return 1
  fi
  echo "installing $* (for $tool) ..." >&2
  $sudo apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" \
    >"$out/apt.log" 2>&1 || true
  command -v "$tool" >/dev/null 2>&1
}

# Makes PNG pages (at most 12) of a PDF: $1 the PDF, $2 the prefix.
pages() {
  if ensure pdftoppm poppler-utils; then
    pdftoppm -png -r 60 -l 12 "$1" "$out/$2"
  fi
}

# 1. Word: LibreOffice converts the .docx to PDF (a file it must repair fails here).
if [ -f "$report/report.docx" ]; then
  if ensure soffice libreoffice-writer-nogui fonts-dejavu-core; then
    profile=$(mktemp -d)
    if soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
      --outdir "$out" "$report/report.docx" >"$out/docx.log" 2>&1 && [ -s "$out/report.pdf" ]; then
      mv "$out/report.pdf" "$out/docx.pdf"
      pages "$out/docx.pdf" docx-page
      summary+=("docx: converted by LibreOffice to $out/docx.pdf ($(pdfinfo "$out/docx.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages)")
    else
      summary+=("docx: FAILED, see $out/docx.log")
      failed=1
    fi
    rm -rf "$profile"
  else
    summary+=("docx: skipped (no LibreOffice)")
  fi
fi

# 2. HTML: Chromium renders the page to a PNG and prints it to PDF.
if [ -f "$report/report.html" ]; then
  browser=""
  for name in chromium chromium-browser google-chrome; do
    command -v "$name" >/dev/null 2>&1 && browser=$name && break
  done
  if [ -z "$browser" ] && ensure chromium chromium fonts-dejavu-core; then browser=chromium; fi
  if [ -n "$browser" ]; then
    flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
      --disable-dev-shm-usage --user-data-dir="$(mktemp -d)")
    "$browser" "${flags[@]}" --window-size=1000,4000 --screenshot="$out/html.png" \
      "file://$report/report.html" >"$out/html.log" 2>&1
    "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/html.pdf" \
      "file://$report/report.html" >>"$out/html.log" 2>&1
    if [ -s "$out/html.png" ] && [ -s "$out/html.pdf" ]; then
      pages "$out/html.pdf" html-page
      summary+=("html: rendered by $browser to $out/html.png and $out/html.pdf")
    else
      summary+=("html: FAILED, see $out/html.log")
      failed=1
    fi
  else
    summary+=("html: skipped (no Chromium)")
  fi
fi

# 3. LaTeX: pdflatex compiles the main file with its fragments.
if [ -f "$report/latex/report.tex" ]; then
  if ensure pdflatex texlive-latex-base texlive-latex-recommended texlive-fonts-recommended; then
    # Latin Modern looks better than the bitmap fonts pdflatex falls back to.
    if ! kpsewhich lmodern.sty >/dev/null 2>&1; then
      [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends lmodern >"$out/apt.log" 2>&1
      kpsewhich lmodern.sty >/dev/null 2>&1 || echo "note: no lmodern; pdflatex uses bitmap fonts" >&2
    fi
    build=$(mktemp -d)
    cp "$report"/latex/*.tex "$build/"
    if (cd "$build" && pdflatex -interaction=nonstopmode -halt-on-error report.tex >latex.log 2>&1); then
      cp "$build/report.pdf" "$out/latex.pdf"
      grep -E "Overfull|Underfull \\\\hbox \(badness 10000|Warning" "$build/report.log" >"$out/latex-warnings.log" || true
      pages "$out/latex.pdf" latex-page
      summary+=("latex: compiled by pdflatex to $out/latex.pdf ($(grep -c Overfull "$build/report.log") overfull boxes)")
    else
      cp "$build/latex.log" "$out/latex.log"
      summary+=("latex: FAILED, see $out/latex.log")
      failed=1
    fi
    rm -rf "$build"
  else
    summary+=("latex: skipped (no pdflatex)")
  fi
fi

printf '%s\n' "${summary[@]}"
[ -n "$(ls "$out"/*.png 2>/dev/null)" ] && echo "pages to look at: $out/*.png"
exit $failed
