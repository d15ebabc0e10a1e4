#!/usr/bin/env bash
# Makes the README's pictures from the demo's own output, so that they stay true:
#   demo-lines.svg  the README's demo command in a real terminal (tmux), its colors kept
#   cpu-pdf.png     page 1 of the demo's cpu.pdf (pdftoppm)
#   cpu-html.png    the demo's cpu.html in headless Chromium, with a search on
# Needs tmux, poppler-utils and chromium (Debian: apt-get install tmux poppler-utils chromium), JDK 17+, Maven.
# Run from anywhere: bash docs/pictures/make.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
demo="$root/memdebug-examples/target/demo"
command="mvn -q -Pdemo -DskipTests -pl memdebug-examples -am package"
cols=132
rows=30

cd "$root"
# Build first (without running the demo), so that the terminal shows the demo's output only.
mvn -q -DskipTests -pl memdebug-examples -am package >/dev/null
rm -rf "$demo"

# The README's demo command in a terminal of its own (a private tmux server), then its screen with colors.
tmux=(tmux -L memdebug-pictures -f /dev/null)
"${tmux[@]}" kill-server 2>/dev/null || true
"${tmux[@]}" new-session -d -s demo -x "$cols" -y "$rows" -c "$root" "env PS1='$ ' bash --norc --noprofile"
"${tmux[@]}" send-keys -t demo "clear" Enter
sleep 1
"${tmux[@]}" send-keys -t demo "$command; tmux -L memdebug-pictures wait-for -S demo-done" Enter
timeout 300 "${tmux[@]}" wait-for demo-done
screen=$(mktemp)
"${tmux[@]}" capture-pane -e -p -t demo > "$screen"
"${tmux[@]}" kill-server
# Keep the command and its output: drop the signal to this script and the prompt after it.
sed -i -e 's/; tmux -L memdebug-pictures wait-for -S demo-done$//' -e '/^\$ *$/d' "$screen"
java "$here/AnsiToSvg.java" "$screen" "$here/demo-lines.svg"
rm -f "$screen"

# Page 1 of cpu.pdf, 1000 pixels wide.
pdftoppm -png -f 1 -l 1 -singlefile -scale-to-x 1000 -scale-to-y -1 "$demo/cpu.pdf" "$here/cpu-pdf"

# cpu.html in Chromium (the test kit's driver), as tall as the page, opened with a search so that the
# matches and their share show.
java -cp "$root/memdebug-testkit/target/classes" "$here/Screenshot.java" \
  "file://$demo/cpu.html#search=examples%5C.Work" "$here/cpu-html.png" 1200

ls -l "$here"/*.svg "$here"/*.png
