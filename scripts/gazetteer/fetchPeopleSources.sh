#!/usr/bin/env bash
# Downloads the raw inputs of data/gazetteers/people.json into DIR (default
# /tmp/people-sources), outside the repository, at the pinned commits named in
# data/gazetteers/README.md. Then:
#   npx tsx scripts/gazetteer/buildPeople.ts DIR/peppercat-2023-01-15 DIR/peppercat-pages DIR/world-leaders-2021
set -euo pipefail
DIR=${1:-/tmp/people-sources}
mkdir -p "$DIR"
cd "$DIR"

[ -d site-build.git ] || git clone --bare https://github.com/peppercatorg/site-build site-build.git
[ -d world-leaders-2021.git ] || git clone --bare https://github.com/every-politician-scrapers/world-leaders-2021 world-leaders-2021.git

# Peppercat CSV exports: the last commit that still carries them.
CSV_COMMIT=02ea8f21658ee8347b96c8fda84d4db1676059d5
for f in $(git --git-dir=site-build.git ls-tree -r --name-only "$CSV_COMMIT" | grep '/leaders-historic.csv$'); do
  slug=$(basename "$(dirname "$f")")
  mkdir -p "peppercat-2023-01-15/$slug"
  git --git-dir=site-build.git show "$CSV_COMMIT:$f" >"peppercat-2023-01-15/$slug/leaders-historic.csv"
done

# Peppercat country pages: the last commit of each month after the CSV commit,
# up to 4940eac4c8df36c9465f5c988a68b24ede6cee60 (2025-01-31).
git --git-dir=site-build.git log 4940eac4c8df36c9465f5c988a68b24ede6cee60 --since=2023-01-16 \
  --format='%H %ad' --date=short |
  awk '{m=substr($2,1,7); if (!(m in s)) {s[m]=$1; d[m]=$2}} END {for (m in s) print d[m], s[m]}' |
  sort | while read -r day commit; do
  for slug in $(ls peppercat-2023-01-15); do
    f="docs/leaders/$slug/index.html"
    if git --git-dir=site-build.git cat-file -e "$commit:$f" 2>/dev/null; then
      mkdir -p "peppercat-pages/$day/$slug"
      git --git-dir=site-build.git show "$commit:$f" >"peppercat-pages/$day/$slug/index.html"
    fi
  done
done

# Wikidata heads of state and government query output, two commits.
mkdir -p world-leaders-2021
git --git-dir=world-leaders-2021.git show be7039cf5952d8121c4f1e24eea64cc5dd465633:data/wikidata.csv \
  >world-leaders-2021/wikidata-2022-10-09.csv
git --git-dir=world-leaders-2021.git show 05e3baa24155a10fe12db26a25fa4494eec7e711:data/wikidata.csv \
  >world-leaders-2021/wikidata-05e3baa.csv
echo "inputs in $DIR"
