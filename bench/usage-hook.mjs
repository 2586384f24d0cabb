// Loaded with `node --import` into a measured command: at exit, appends the whole process's CPU
// seconds (every thread) and peak RSS to $BENCH_USAGE_FILE as one JSON line.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.BENCH_USAGE_FILE;
if (file)
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    appendFileSync(file, `${JSON.stringify({ cpuSeconds, peakRssMb: usage.maxRSS / 1024 })}\n`);
  });
