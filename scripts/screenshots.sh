#!/usr/bin/env bash
# Regenerates the README pictures docs/images/pr-comment.png and docs/images/job-summary.png from
# the golden renderings in __tests__/__outputs__/ (failing.comment.md, seed-run.job-summary.md).
#
# Each Markdown file is rendered to HTML with GitHub's own C renderer (cmark-gfm, with the GFM
# extensions github.com enables; --unsafe plus tagfilter because GitHub lets <details>, <summary>,
# <br> and <b> through but filters <script>, <style>, ...), wrapped in a page styled with the CSS
# of the npm package github-markdown-css (light theme) and photographed with headless Chromium.
#
#   pr-comment.png   the sticky PR comment of a failing run in a comment box ("github-actions bot
#                    commented"), cropped just below its validations table.
#   job-summary.png  the job summary in an Actions summary box, cropped: it ends just below the
#                    "Checklist vs. evidence" heading (verdict, blockers, validations table and
#                    checklist progress stay in; about 1,320 px), the cut fading out to white. If
#                    that heading ever goes away, the crop falls back to the top 1,600 px.
#
# github-markdown-css is not a dependency of this project: it is fetched at run time with
# `npm pack github-markdown-css@5.9.0` into a temporary directory (needs the npm registry), or
# taken from $GITHUB_MARKDOWN_CSS (a path to github-markdown-light.css) when that is set.
#
# Needs (Debian/Ubuntu package names):
#   cmark-gfm               GitHub's Markdown renderer (/usr/bin/cmark-gfm)
#   chromium                headless browser for the screenshots (or set $CHROMIUM)
#   fonts-noto-color-emoji  so that the emoji in the reports render (checked below)
#   npm                     to fetch github-markdown-css
#   pngquant, optipng       optional: shrink the PNGs when installed (pngquant to a 256-colour
#                           palette, visually the same; optipng losslessly)
# e.g. sudo apt-get install cmark-gfm chromium fonts-noto-color-emoji pngquant optipng
#
# Usage: bash scripts/screenshots.sh
# Intermediate files live in a temporary directory under /tmp, removed on exit; nothing but the
# two PNGs is written to the repository.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUTPUTS="$ROOT/__tests__/__outputs__"
IMAGES="$ROOT/docs/images"
CHROMIUM="${CHROMIUM:-chromium}"
CSS_PACKAGE="github-markdown-css@5.9.0"

# Page geometry, in CSS pixels (device scale factor 1): an 880 px wide box with a 16 px margin.
BOX_WIDTH=880
MARGIN=16
WINDOW_WIDTH=$((BOX_WIDTH + 2 * MARGIN))
# Job summary crop: cut this far below the top of the heading named below, or at the fallback.
CROP_HEADING="Checklist vs. evidence"
COMMENT_CROP_HEADING="Checklist progress · 2 of 230 items ticked"
CROP_BELOW_HEADING=52
CROP_FALLBACK=1600

die() {
  echo "screenshots.sh: $*" >&2
  exit 1
}

# --- Requirements -------------------------------------------------------------------------------
command -v cmark-gfm >/dev/null || die "cmark-gfm not found (apt-get install cmark-gfm)"
command -v "$CHROMIUM" >/dev/null || die "$CHROMIUM not found (apt-get install chromium, or set CHROMIUM)"
command -v fc-list >/dev/null || die "fc-list not found (apt-get install fontconfig)"
fc-list : family | grep -qi "Noto Color Emoji" ||
  die "the Noto Color Emoji font is missing, emoji would not render (apt-get install fonts-noto-color-emoji)"
for name in failing.comment.md seed-run.job-summary.md; do
  [[ -f "$OUTPUTS/$name" ]] || die "missing input $OUTPUTS/$name"
done

TMP="$(mktemp -d /tmp/readiness-gate-screenshots.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT

# --- github-markdown-css ------------------------------------------------------------------------
if [[ -n "${GITHUB_MARKDOWN_CSS:-}" ]]; then
  [[ -f "$GITHUB_MARKDOWN_CSS" ]] || die "GITHUB_MARKDOWN_CSS=$GITHUB_MARKDOWN_CSS is not a file"
  cp "$GITHUB_MARKDOWN_CSS" "$TMP/github-markdown-light.css"
else
  command -v npm >/dev/null || die "npm not found; it fetches $CSS_PACKAGE (or set GITHUB_MARKDOWN_CSS)"
  if ! tarball="$(cd "$TMP" && npm pack "$CSS_PACKAGE" --loglevel=error 2>"$TMP/npm.log")" ||
    [[ ! -f "$TMP/$tarball" ]]; then
    cat "$TMP/npm.log" >&2
    die "could not fetch $CSS_PACKAGE from the npm registry (offline? set GITHUB_MARKDOWN_CSS to a local github-markdown-light.css)"
  fi
  tar -xzf "$TMP/$tarball" -C "$TMP" package/github-markdown-light.css ||
    die "$tarball has no package/github-markdown-light.css"
  mv "$TMP/package/github-markdown-light.css" "$TMP/github-markdown-light.css"
fi

# --- HTML pages ---------------------------------------------------------------------------------
# render <markdown> <html> <kind> <header-html>: kind is "comment" or "summary".
render() {
  local markdown="$1" html="$2" kind="$3" header="$4" crop_attr=""
  local heading="$CROP_HEADING"
  # The comment (a failing run) is cut below its validations table.
  [[ "$kind" == comment ]] && heading="$COMMENT_CROP_HEADING"
  crop_attr=" data-crop-heading=\"$heading\" data-crop-below=\"$CROP_BELOW_HEADING\" data-crop-fallback=\"$CROP_FALLBACK\""
  {
    cat <<EOF
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Readiness Gate $kind</title>
<link rel="stylesheet" href="github-markdown-light.css">
<style>
  html, body { margin: 0; padding: 0; background: #ffffff; overflow: hidden; }
  body { padding: ${MARGIN}px; }
  /* System font stack of github.com, plus the emoji font this machine has. */
  .frame, .markdown-body {
    font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial,
      sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  }
  .frame {
    position: relative;
    box-sizing: border-box;
    width: ${BOX_WIDTH}px;
    border: 1px solid #d1d9e0;
    border-radius: 6px;
    background: #ffffff;
    overflow: hidden;
  }
  .frame-header {
    padding: 10px 16px;
    background: #f6f8fa;
    border-bottom: 1px solid #d1d9e0;
    color: #59636e;
    font-size: 14px;
    line-height: 20px;
  }
  .frame-header strong { color: #1f2328; font-weight: 600; }
  .frame-header .label {
    display: inline-block;
    margin: 0 2px;
    padding: 0 7px;
    border: 1px solid #d1d9e0;
    border-radius: 2em;
    font-size: 12px;
    font-weight: 500;
    line-height: 18px;
    color: #59636e;
  }
  /* Comment and summary bodies on github.com are set at 14 px. */
  .markdown-body { font-size: 14px; padding: 16px; }
  .summary .markdown-body { padding: 16px 24px 8px; }
  /* The crop of a long page: the frame ends at the cut and fades out to white. */
  .frame.cropped { border-bottom: 0; border-bottom-left-radius: 0; border-bottom-right-radius: 0; }
  body.cropped::after {
    content: "";
    position: fixed;
    left: 0;
    right: 0;
    bottom: 0;
    height: 96px;
    background: linear-gradient(rgba(255, 255, 255, 0), #ffffff 85%);
  }
</style>
</head>
<body class="$kind"$crop_attr>
<div class="frame">
<div class="frame-header">$header</div>
<article class="markdown-body">
EOF
    cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist --unsafe "$markdown"
    cat <<'EOF'
</article>
</div>
<script>
  // Crop (job summary only), then record the page height for scripts/screenshots.sh, which reads
  // it back from `chromium --dump-dom` and takes the screenshot at exactly that height.
  (function () {
    var body = document.body;
    var frame = document.querySelector(".frame");
    if (body.dataset.cropHeading) {
      var cut = Number(body.dataset.cropFallback);
      var headings = document.querySelectorAll(".markdown-body h2, .markdown-body h3");
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].textContent.trim() === body.dataset.cropHeading) {
          cut = headings[i].getBoundingClientRect().top - frame.getBoundingClientRect().top +
            Number(body.dataset.cropBelow);
          break;
        }
      }
      if (frame.getBoundingClientRect().height > cut) {
        frame.style.height = Math.round(cut) + "px";
        frame.classList.add("cropped");
        body.classList.add("cropped");
        body.style.paddingBottom = "0";
      }
    }
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    document.documentElement.setAttribute("data-page-height", String(height));
  })();
</script>
</body>
</html>
EOF
  } >"$html"
}

render "$OUTPUTS/failing.comment.md" "$TMP/pr-comment.html" comment \
  '<strong>github-actions</strong> <span class="label">bot</span> commented'
render "$OUTPUTS/seed-run.job-summary.md" "$TMP/job-summary.html" summary \
  '<strong>Readiness gate (examples/llm-memory-graph)</strong> summary'

# --- Screenshots --------------------------------------------------------------------------------
chromium_run() {
  # Debian's chromium wrapper script prints shell noise on stderr; keep it in a log.
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --force-device-scale-factor=1 --user-data-dir="$TMP/profile" --no-first-run \
    --disable-extensions --allow-file-access-from-files "$@" 2>>"$TMP/chromium.log"
}

mkdir -p "$IMAGES"
for name in pr-comment job-summary; do
  page="file://$TMP/$name.html"
  # Lay the page out at the final width in a short window, so that the height is the content's.
  if ! dom="$(chromium_run --window-size="$WINDOW_WIDTH,200" --dump-dom "$page")"; then
    tail -n 20 "$TMP/chromium.log" >&2
    die "chromium --dump-dom failed on $name.html"
  fi
  height="$(sed -n 's/.*data-page-height="\([0-9]*\)".*/\1/p' <<<"$dom" | head -n 1)"
  [[ "$height" =~ ^[0-9]+$ && "$height" -gt 0 ]] || die "could not measure the height of $name.html"
  out="$IMAGES/$name.png"
  rm -f "$out"
  chromium_run --window-size="$WINDOW_WIDTH,$height" --screenshot="$out" "$page" >/dev/null || true
  [[ -s "$out" ]] || {
    tail -n 20 "$TMP/chromium.log" >&2
    die "chromium did not write $out"
  }
  # Optional size reduction: pngquant (lossy, but at this quality the text and emoji look the same;
  # it keeps the tall comment picture well under 400 KB), then optipng (lossless).
  if command -v pngquant >/dev/null; then
    pngquant --quality=80-100 --speed 1 --strip --skip-if-larger --force --output "$out" "$out" ||
      true # exit 98/99: the result would be larger or too lossy; the original stays
  fi
  if command -v optipng >/dev/null; then
    optipng -quiet -o2 -strip all "$out"
  fi
  echo "wrote ${out#"$ROOT"/} (${WINDOW_WIDTH}x$height, $(wc -c <"$out") bytes)"
done
