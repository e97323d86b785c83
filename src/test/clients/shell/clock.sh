#!/bin/sh
# A shell clock as people write them for WorldTimeAPI: curl, then grep and cut on the JSON and
# on the .txt form. BASE is the only thing to change from worldtimeapi.org.
set -eu
BASE=${BASE:-http://worldtimeapi.org}
zone=${1:-Europe/Stockholm}
json=$(curl -fsS "$BASE/api/timezone/$zone")
unixtime=$(echo "$json" | grep -o '"unixtime":[0-9]*' | cut -d: -f2)
offset=$(echo "$json" | grep -o '"utc_offset":"[^"]*"' | cut -d'"' -f4)
name=$(curl -fsS "$BASE/api/timezone/$zone.txt" | grep '^timezone:' | cut -d' ' -f2)
count=$(curl -fsS "$BASE/api/timezone/" | grep -o '"[^"]*"' | wc -l)
echo "$unixtime $offset $name $count"
