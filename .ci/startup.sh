#!/usr/bin/env bash
# Start-up as the secretary meets it (issue 13, BENCHMARKS.md): essradar
# launched in a terminal (tmux, 120×40) until the home screen is painted,
# then until the full check of the file that follows in the background has
# finished (the day's automatic backup, taken only after a sound check,
# appears), then its resident memory with the interface open (VmRSS).
#
#   bash .ci/startup.sh [ROUNDS]
#
# Builds essradar, writes the demo at scale 1, 10 and 100 (200, 2,000 and
# 20,000 initiatives) once into a temporary folder, then launches the three
# sizes in turn, ROUNDS times (default 7), alternated so that every size
# meets the same machine; prints the median and the range of each.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
work=$(mktemp -d)
session="essradar-startup-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

go build -o "$work/essradar" ./cmd/essradar
for n in 1 10 100; do
  "$work/essradar" --db "$work/scale-$n.db" demo --scale "$n" >/dev/null
done
marker="Budget citoyen 2026"

# launch DB: prints "milliseconds kilobytes" for one start.
launch() {
  local db=$1 start now pid rss
  local backups="${db%.db}-sauvegardes" checked
  rm -rf "$backups" # so that every launch takes the day's backup once checked
  start=$(date +%s%N)
  tmux new-session -d -s "$session" -x 120 -y 40 "$work/essradar --db $db"
  until tmux capture-pane -p -t "$session" 2>/dev/null | grep -q "$marker"; do :; done
  now=$(date +%s%N)
  pid=$(tmux display-message -p -t "$session" '#{pane_pid}')
  until compgen -G "$backups/auto-*.db" >/dev/null; do sleep 0.01; done
  checked=$(date +%s%N)
  sleep 0.5 # memory settles once the check and the backup are done
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  tmux kill-session -t "$session"
  while kill -0 "$pid" 2>/dev/null; do :; done # the lock is free for the next one
  echo "$(( (now - start) / 1000000 )) $rss $(( (checked - start) / 1000000 ))"
}

for n in 1 10 100; do : >"$work/times-$n"; done
for ((r = 0; r < rounds; r++)); do
  for n in 1 10 100; do
    launch "$work/scale-$n.db" >>"$work/times-$n"
  done
done

median() { sort -n | awk '{a[NR]=$1} END {printf "%d (%d–%d)", a[int((NR+1)/2)], a[1], a[NR]}'; }
printf "%-12s %-20s %-24s %s\n" initiatives "painted, ms" "checked and backed up, ms" "VmRSS, MB"
for n in 1 10 100; do
  ms=$(cut -d' ' -f1 "$work/times-$n" | median)
  mb=$(cut -d' ' -f2 "$work/times-$n" | awk '{print int($1/1024)}' | median)
  ck=$(cut -d' ' -f3 "$work/times-$n" | median)
  printf "%-12s %-20s %-24s %s\n" "$((n * 200))" "$ms" "$ck" "$mb"
done
