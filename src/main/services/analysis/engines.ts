import { ClaimsEngine } from '../../../shared/analysis/claims/claims-engine'
import { OverlapEngine } from '../../../shared/analysis/overlap/overlap-engine'
import { EngineHost } from './engine-host'

/** The engines Parallax runs, in order. */
export function createEngineHost(): EngineHost {
  const overlap = new OverlapEngine()
  // The claims engine reads overlap's findings to drop paraphrases of passages overlap shows.
  return new EngineHost([overlap, new ClaimsEngine(overlap)])
}
