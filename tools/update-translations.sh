#!/usr/bin/env bash
# Refreshes the eight .ts files from the QML and C++ sources (new strings come
# in unfinished; translations are kept). Dari's file says language="fa_AF":
# lupdate does not know "prs" and would skip the file; Dari, like Persian, has
# one plural form. -disable-heuristic sametext: a staff screen's "Next" must
# not silently borrow a visitor screen's translation.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)"
"$lupdate" "$root/qml" -extensions qml,cpp,h -no-obsolete -locations relative \
  -disable-heuristic sametext -ts "$root"/qml/i18n/intake_{sv,en,ar,fa,prs,uk,so,ti}.ts
