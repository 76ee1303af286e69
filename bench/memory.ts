// Peak memory of kinsafe's streaming accumulator at one size, in a process of its own so that
// RSS is not polluted by the rest of the benchmark. Records are generated and added one at a
// time; none is kept. Usage: node --expose-gc --import tsx bench/memory.ts <children0to17>
import { generateSyntheticAuthorityStream } from "../src/synthetic";
import { findEngine } from "./engine";
import { gc } from "./stats";

const children0to17 = Number(process.argv[2] ?? 100000);
const engine = await findEngine();
if (engine.createCoreDataSetAccumulator === undefined) {
  process.stdout.write(JSON.stringify({ available: false }) + "\n");
} else {
  gc();
  const before = process.memoryUsage();
  const acc = engine.createCoreDataSetAccumulator({ period: { year: 2025 }, population: { children0to17, vintage: "synthetic" } });
  let peakHeap = 0;
  let peakRss = 0;
  let records = 0;
  let referrals = 0;
  for (const r of generateSyntheticAuthorityStream({ seed: 1, children0to17, years: 10, visits: false })) {
    acc.add(r);
    records++;
    referrals += r.cinEpisodes.length;
    if (records % 20000 === 0) {
      gc();
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed - before.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }
  }
  acc.result();
  gc();
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed - before.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
  process.stdout.write(JSON.stringify({ available: true, records, referrals, peakHeapAboveBaselineMB: peakHeap / 2 ** 20, peakRssMB: peakRss / 2 ** 20, baselineHeapMB: before.heapUsed / 2 ** 20 }) + "\n");
}
