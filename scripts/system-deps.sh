#!/usr/bin/env bash
# Debian packages press needs. `--runtime`: only what building releases needs (WeasyPrint's
# Pango/HarfBuzz). Without it: also what the test suite opens outputs with (poppler,
# LibreOffice, Chromium and its driver, Pandoc for the benchmark, Java for the Nu HTML
# Checker, Node.js/npm for vnu-jar and axe-core, hunspell with the Kazakh dictionary as the
# oracle for Kazakh word forms, the English one for the words English lists only as names,
# OmegaT as the real CAT tool of the hand-off round trip).
set -euo pipefail
runtime=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fontconfig)
testing=(poppler-utils libreoffice-writer-nogui chromium chromium-driver pandoc default-jre-headless nodejs npm
         hunspell hunspell-kk hunspell-en-us omegat)
packages=("${runtime[@]}")
[ "${1:-}" = "--runtime" ] || packages+=("${testing[@]}")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# java and npm may come from outside Debian (the machine image has them): don't reinstall those.
command -v java >/dev/null && missing=("${missing[@]/default-jre-headless}")
command -v npm >/dev/null && missing=("${missing[@]/npm}") && missing=("${missing[@]/nodejs}")
read -r -a missing <<< "${missing[*]}"
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
