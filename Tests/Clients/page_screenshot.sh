#!/usr/bin/env bash
# Manual check of the upload page in headless Chromium (Debian's `chromium`): fills the form with a
# bilingual release (and a <script> that must show as text), submits it, and screenshots the report.
# Usage: Tests/Clients/page_screenshot.sh PATH/TO/preelection [OUT.png]     — then look at OUT.png.
set -euo pipefail
binary=$1
out=${2:-/tmp/preelection-page.png}
dir=$(mktemp -d)
PREELECTION_TODAY=2027-04-20 "$binary" serve --port 0 --country wales > "$dir/serve.out" 2> "$dir/serve.log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q serving "$dir/serve.out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$dir/serve.out" | head -1)
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1100 --screenshot="$dir/form.png" "$url" > /dev/null 2>&1
cat > "$dir/fill.html" <<EOS
<!doctype html><html><body>
<form id="g" method="post" action="$url" enctype="multipart/form-data">
<textarea name="text">Agor llyfrgell newydd / New library opens

“Mae hwn yn ddiwrnod gwych i’r dref,” meddai’r Cynghorydd Siân Jones.
“This is a great day for the town,” said Cllr Siân Jones, Cabinet Member for Culture.

Residents should vote Plaid Cymru on 6 May. &lt;script&gt;alert(1)&lt;/script&gt;</textarea>
<input name="date" value="2027-04-20"><input name="country" value="wales"></form>
<script>document.getElementById('g').submit();</script>
</body></html>
EOS
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1300 --virtual-time-budget=5000 --screenshot="$out" "file://$dir/fill.html" > /dev/null 2>&1
echo "form: $dir/form.png  report: $out"
grep -E "POST / " "$dir/serve.log"
