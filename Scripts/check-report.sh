#!/usr/bin/env bash
# Looks at a `qualkit report` as readers will: converts the Word file to PDF
# with LibreOffice, renders the HTML with headless Chromium (a screenshot and
# a print to PDF) and compiles the LaTeX with pdflatex (and xelatex where it
# is installed), then makes PNG pages of each PDF to look at, and measures:
#
#   - pages per format;
#   - overfull boxes in the LaTeX log (pdflatex, xelatex);
#   - text past the page: a word of a PDF within 0.5 cm of the paper's edge
#     or beyond it (a table wider than the page);
#   - figures per format: chart parts in the Word file, SVG charts in the
#     HTML, figures in the LaTeX; the Word file must have one chart per
#     chart of the HTML;
#   - in a Danish report (<html lang="da">), any English word of QualKit's
#     in the HTML, Word and LaTeX text.
#
#   Scripts/check-report.sh [REPORT_DIR] [OUT_DIR]
#
# REPORT_DIR defaults to report/ (run `swift run qualkit report` first), OUT_DIR to
# .build/report-check/. A tool that is missing is installed with apt-get when
# that is possible (as root, or with sudo) and QUALKIT_CHECK_NO_INSTALL is not
# set, else its check is skipped with a message. Exit status: 0 when every
# check that ran passed, 1 when one failed or found a problem above.
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
  if [ -n "${QUALKIT_CHECK_NO_INSTALL:-}" ]; then
    echo "note: '$tool' is missing (not installed: QUALKIT_CHECK_NO_INSTALL is set)" >&2
    return 1
  fi
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

# Prints the number of pages of a PDF.
page_count() {
  pdfinfo "$1" 2>/dev/null | awk '/^Pages/ {print $2}'
}

# Prints the words of a PDF within 0.5 cm (14 pt) of the paper's edge or
# beyond it, one per line with its page: text that runs off the page.
past_page() {
  command -v pdftotext >/dev/null 2>&1 || return 0
  # A page turned by 90 degrees (a landscape page of pdflscape) has its text
  # across the paper's height.
  local rotated
  rotated=$(pdfinfo -f 1 -l 100000 "$1" 2>/dev/null | awk '/^Page +[0-9]+ rot: +(90|270)/ {printf "%s,", $2}')
  pdftotext -bbox "$1" - 2>/dev/null | awk -v rotated=",$rotated" '
    /<page / {
      page++
      match($0, /width="[0-9.]+"/); width = substr($0, RSTART + 7, RLENGTH - 8) + 0
      match($0, /height="[0-9.]+"/); height = substr($0, RSTART + 8, RLENGTH - 9) + 0
      if (index(rotated, "," page ",") > 0) width = height
    }
    /<word / {
      match($0, /xMin="[-0-9.]+"/); xmin = substr($0, RSTART + 6, RLENGTH - 7) + 0
      match($0, /xMax="[-0-9.]+"/); xmax = substr($0, RSTART + 6, RLENGTH - 7) + 0
      if (xmax > width - 14 || xmin < 14) {
        word = $0; sub(/^[^>]*>/, "", word); sub(/<.*$/, "", word)
        print "page " page ": " word
      }
    }'
}

# Prints QualKit's English words found in a file of text (one per line, with
# its count), for a Danish report. Data (code labels, quotations) is the
# project's own and may be in any language; these are the report's words.
english_words() {
  grep -owE "Table|Figure|Code|Codes|Segments|Participants|participants|coded|pooled|units|agreement|Coders|coders|Survey|Theme|Themes|Item|Items|Group|Missing|Mean|Construct|Label|Own|Both|Quotations|accepted|proposed|Methods|Joint|display|Answers|Inter-coder|undefined|Percentages|rounding|respondents|answers|transcripts" "$1" |
    sort | uniq -c | awk '{print $2 " (" $1 "x)"}'
}

# Measures a PDF: pages, and text past the page (a failure).
measure() {
  local name=$1 pdf=$2
  local past
  past=$(past_page "$pdf")
  if [ -n "$past" ]; then
    summary+=("$name: $(page_count "$pdf") pages; TEXT PAST THE PAGE: $(echo "$past" | head -3 | tr '\n' ';')")
    failed=1
  else
    summary+=("$name: $(page_count "$pdf") pages, no text past the page")
  fi
}

danish=0
if [ -f "$report/report.html" ] && grep -q '<html lang="da"' "$report/report.html"; then danish=1; fi

# Figures per format.
html_figures=0
docx_charts=0
if [ -f "$report/report.html" ]; then
  html_figures=$(grep -o '<figure class="chart"' "$report/report.html" | wc -l | tr -d ' ')
fi
if [ -f "$report/report.docx" ] && command -v unzip >/dev/null 2>&1; then
  docx_charts=$(unzip -Z1 "$report/report.docx" | grep -c '^word/charts/chart[0-9]*\.xml$')
elif [ -f "$report/report.docx" ] && command -v python3 >/dev/null 2>&1; then
  docx_charts=$(python3 -c 'import sys, zipfile, re; print(sum(1 for n in zipfile.ZipFile(sys.argv[1]).namelist() if re.fullmatch(r"word/charts/chart[0-9]+\.xml", n)))' "$report/report.docx")
fi
latex_figures=0
if [ -d "$report/latex" ]; then
  latex_figures=$(cat "$report"/latex/*.tex | grep -c '\\begin{figure}')
fi
if [ -f "$report/report.html" ] && [ -f "$report/report.docx" ]; then
  if [ "$html_figures" = "$docx_charts" ]; then
    summary+=("figures: $html_figures in HTML, $docx_charts native charts in Word, $latex_figures LaTeX figures")
  else
    summary+=("figures: $html_figures in HTML but $docx_charts charts in Word (FAILED), $latex_figures LaTeX figures")
    failed=1
  fi
fi

# The text a reader sees in a Danish report, checked for English words.
if [ "$danish" = 1 ]; then
  perl -0pe 's/<style>.*?<\/style>//s; s/<[^>]*>/ /g' "$report/report.html" >"$out/html.txt"
  found=$(english_words "$out/html.txt")
  if [ -f "$report/report.docx" ] && command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, zipfile, re; print(re.sub(r"<[^>]*>", " ", zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()))' \
      "$report/report.docx" >"$out/docx.txt"
    found+=$(english_words "$out/docx.txt")
  fi
  if [ -d "$report/latex" ]; then
    cat "$report"/latex/*.tex | grep -v '^%' |
      sed -e 's/\\\(label\|input\|ref\){[^}]*}/ /g' -e 's/\\[A-Za-z@]*\*\?/ /g' >"$out/latex.txt"
    found+=$(english_words "$out/latex.txt")
  fi
  if [ -n "$found" ]; then
    summary+=("danish: ENGLISH WORDS: $(echo "$found" | tr '\n' ' ')")
    failed=1
  else
    summary+=("danish: no English word of QualKit's in HTML, Word or LaTeX")
  fi
fi

# 1. Word: LibreOffice converts the .docx to PDF (a file it must repair fails here).
if [ -f "$report/report.docx" ]; then
  # Carlito has Calibri's metrics, so pages break as they do in Word.
  if ensure soffice libreoffice-writer-nogui fonts-dejavu-core fonts-crosextra-carlito; then
    profile=$(mktemp -d)
    if soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
      --outdir "$out" "$report/report.docx" >"$out/docx.log" 2>&1 && [ -s "$out/report.pdf" ]; then
      mv "$out/report.pdf" "$out/docx.pdf"
      pages "$out/docx.pdf" docx-page
      summary+=("docx: converted by LibreOffice to $out/docx.pdf")
      measure docx "$out/docx.pdf"
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
      measure html "$out/html.pdf"
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
    for engine in pdflatex xelatex; do
      command -v "$engine" >/dev/null 2>&1 || continue
      build=$(mktemp -d)
      cp "$report"/latex/*.tex "$build/"
      # Twice, so that references and longtable widths settle.
      if (cd "$build" && "$engine" -interaction=nonstopmode -halt-on-error report.tex >latex.log 2>&1 &&
        "$engine" -interaction=nonstopmode -halt-on-error report.tex >latex.log 2>&1); then
        cp "$build/report.pdf" "$out/$engine.pdf"
        grep -aE "Overfull|Underfull \\\\hbox \(badness 10000|Warning" "$build/report.log" >"$out/$engine-warnings.log" || true
        overfull=$(grep -ac Overfull "$build/report.log")
        [ "$engine" = pdflatex ] && pages "$out/$engine.pdf" latex-page
        if [ "$overfull" = 0 ]; then
          summary+=("latex: compiled by $engine to $out/$engine.pdf, 0 overfull boxes")
        else
          summary+=("latex: compiled by $engine to $out/$engine.pdf, $overfull OVERFULL BOXES (see $out/$engine-warnings.log)")
          failed=1
        fi
        measure "latex ($engine)" "$out/$engine.pdf"
      else
        cp "$build/latex.log" "$out/$engine.log"
        summary+=("latex: $engine FAILED, see $out/$engine.log")
        failed=1
      fi
      rm -rf "$build"
    done
  else
    summary+=("latex: skipped (no pdflatex)")
  fi
fi

printf '%s\n' "${summary[@]}"
[ -n "$(ls "$out"/*.png 2>/dev/null)" ] && echo "pages to look at: $out/*.png"
exit $failed
