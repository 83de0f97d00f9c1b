#!/usr/bin/env bash
# Regenerates common-passwords.txt: the 30,000 passwords of zxcvbn 4.4.2's frequency list (MIT, Dan Wheeler and
# Dropbox; built from Xato's 10 million leaked passwords), most frequent first, lower-cased, without duplicates.
# Needs node and npm (the npm registry); the result is committed, so builds never need the network.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack zxcvbn@4.4.2 >/dev/null
tar xzf zxcvbn-4.4.2.tgz
node -e '
const lists = require("./package/lib/frequency_lists.js");
const seen = new Set();
for (const p of lists.passwords) { const l = p.toLowerCase().trim(); if (l && !seen.has(l)) { seen.add(l); console.log(l); } }
' > "$here/common-passwords.txt"
wc -l "$here/common-passwords.txt"
