import { generateCorpus } from './bench/corpus'
import { ClaimsEngine } from './src/shared/analysis/claims/claims-engine'
import { OverlapEngine } from './src/shared/analysis/overlap/overlap-engine'
const docs = generateCorpus({ articles: 2000 })
const o = new OverlapEngine(); let c0 = process.cpuUsage(); let t = performance.now(); for (const d of docs) o.add(d); o.findings(); let u = process.cpuUsage(c0)
console.log('overlap wall', (performance.now() - t).toFixed(0), 'cpu', ((u.user+u.system)/1000).toFixed(0))
const c = new ClaimsEngine(); c0 = process.cpuUsage(); t = performance.now(); for (const d of docs) c.add(d); u = process.cpuUsage(c0)
console.log('claims wall', (performance.now() - t).toFixed(0), 'cpu', ((u.user+u.system)/1000).toFixed(0))
