import { ClaimsEngine } from '../../../shared/analysis/claims/claims-engine'
import { OverlapEngine } from '../../../shared/analysis/overlap/overlap-engine'
import { EngineHost, type Engine } from './engine-host'
import { ENGINE_PARTS, type EnginePart } from './protocol'

/**
 * A host for the given parts (all of them by default, for the CLI and tests). Paraphrases that
 * an overlap or contradiction finding already shows are dropped when findings are merged
 * (mergeFindings), so no engine reads another and the parts may run in separate threads.
 */
export function createEngineHost(parts: readonly EnginePart[] = ENGINE_PARTS): EngineHost {
  const engines: Engine[] = []
  if (parts.includes('overlap')) engines.push(new OverlapEngine())
  const paraphrase = parts.includes('paraphrase')
  const contradiction = parts.includes('contradiction')
  // Both kinds in one engine share one sentence index: cheaper when they share a thread.
  if (paraphrase && contradiction) engines.push(new ClaimsEngine())
  else if (paraphrase) engines.push(new ClaimsEngine('paraphrase'))
  else if (contradiction) engines.push(new ClaimsEngine('contradiction'))
  return new EngineHost(engines)
}
