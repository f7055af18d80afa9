#!/usr/bin/env python3
"""Counts a JFR recording's execution samples by the frames they pass through.

  jfr print --events jdk.ExecutionSample --stack-depth 80 backend.jfr > samples.txt
  bench/jfr-frames.py samples.txt Rollups.apply KnownDays EventParser.hash

(`jfr` of a JDK 21 or later; bench/ingest.sh with PROFILE=1 writes backend.jfr into its data
dir.) For each name: the samples with a frame whose method name contains it, out of all
samples, and the share; a sample counts once per name, wherever on its stack the frame is.
"""
import re
import sys

if len(sys.argv) < 3:
    sys.exit(__doc__)
frame = re.compile(r'^\s+([\w.$<>/]+)\(.*?\)\s+line:', re.M)
total = 0
hits = dict.fromkeys(sys.argv[2:], 0)
with open(sys.argv[1], encoding='utf-8') as f:
    for sample in f.read().split('jdk.ExecutionSample')[1:]:
        frames = frame.findall(sample)
        if not frames:
            continue
        total += 1
        for name in hits:
            if any(name in fr for fr in frames):
                hits[name] += 1
print(f'samples: {total}')
for name, n in hits.items():
    print(f'{name}: {n} ({100 * n / max(total, 1):.1f} %)')
