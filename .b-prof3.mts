import { generateCorpus } from './bench/corpus'
import { ClaimsEngine } from './src/shared/analysis/claims/claims-engine'
const docs = generateCorpus({ articles: 2000 })
const c = new ClaimsEngine(); const c0 = process.cpuUsage(); for (const d of docs) c.add(d); const u = process.cpuUsage(c0)
console.log('claims cpu', ((u.user+u.system)/1000).toFixed(0))
