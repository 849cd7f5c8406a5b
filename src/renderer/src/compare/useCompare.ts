import { useCallback, useEffect, useState } from 'react'
import type { Article, Finding, FindingDecision } from '../../../shared/model'
import type { AnalysisScope, DecisionInput, ParallaxEvents } from '../../../shared/contract'
import { api } from '../api'
import { useChanges } from '../hooks/useChanges'

export type AnalysisState =
  | { state: 'running'; progress: ParallaxEvents['analysis:progress'] | null }
  | { state: 'ready'; findings: Finding[] }
  | { state: 'error'; message: string }

export type CompareData = {
  articles: (Article | { id: string; error: string } | null)[]
  analysis: AnalysisState
  decisions: Map<string, FindingDecision>
  decide: (f: Finding, d: DecisionInput) => Promise<string | null>
  /** Loads the articles and the analysis again (an article's text was replaced). */
  reload: () => void
}

/**
 * Loads the open articles at once (reading starts immediately) and runs the analysis in the
 * background; highlights arrive when it is ready. Decisions are loaded alongside.
 */
export function useCompare(ids: string[], scope: AnalysisScope = 'stories'): CompareData {
  const [round, setRound] = useState(0)
  const key = ids.join(',')
  const [articles, setArticles] = useState<CompareData['articles']>(() => ids.map(() => null))
  const [analysis, setAnalysis] = useState<AnalysisState>({ state: 'running', progress: null })
  const [decisions, setDecisions] = useState(new Map<string, FindingDecision>())

  useEffect(() => {
    let live = true
    const list = key.split(',')
    list.forEach(
      (id, i) =>
        void api.openArticle(id).then((r) => {
          if (!live) return
          setArticles((prev) =>
            prev.map((a, j) => (j === i ? (r.ok ? r.value : { id, error: r.error.message }) : a))
          )
        })
    )
    const off = api.on(
      'analysis:progress',
      (progress) =>
        live && setAnalysis((s) => (s.state === 'running' ? { state: 'running', progress } : s))
    )
    void api.analyze(list, scope).then((r) => {
      if (live)
        setAnalysis(
          r.ok
            ? { state: 'ready', findings: r.value }
            : { state: 'error', message: r.error.message }
        )
    })
    return () => {
      live = false
      off()
    }
  }, [key, round, scope])

  // Decisions are reloaded whenever any window (or an undo) writes one about these articles.
  const [decided, setDecided] = useState(0)
  useChanges(
    ids,
    useCallback(() => setDecided((n) => n + 1), [])
  )
  useEffect(() => {
    let live = true
    void api
      .listDecisions(key.split(','))
      .then((r) => live && r.ok && setDecisions(new Map(r.value.map((d) => [d.findingId, d]))))
    return () => void (live = false)
  }, [key, round, decided])

  const decide = useCallback(async (f: Finding, d: DecisionInput) => {
    const r = await api.decideFinding(f.id, [f.a.article, f.b.article], d)
    if (!r.ok) return r.error.message
    setDecisions((m) => new Map(m).set(f.id, r.value))
    return null
  }, [])
  const reload = useCallback(() => {
    setAnalysis({ state: 'running', progress: null })
    setRound((n) => n + 1)
  }, [])
  return { articles, analysis, decisions, decide, reload }
}
