import type { Annotation, FindingDecision, PaletteColor } from '../../../shared/model'
import { ok } from '../../../shared/result'
import { api } from '../api'
import { useResult } from '../hooks/useResult'
import { usePaletteStyles } from '../annotations/palette-styles'

/** The palette, and the annotations and decisions on the chosen articles, for the choosers. */
export function useComposerData(articles: string[]): {
  palette: PaletteColor[]
  annotations: Annotation[]
  confirmed: number
} {
  const key = articles.join(',')
  const [palette] = useResult(() => api.getPalette(), 'palette')
  usePaletteStyles(palette.state === 'ready' ? palette.value : null)
  const [annotations] = useResult(
    async () => (articles.length ? api.listAnnotations(articles) : ok<Annotation[]>([])),
    `ann:${key}`
  )
  const [decisions] = useResult(
    async () => (articles.length ? api.listDecisions(articles) : ok<FindingDecision[]>([])),
    `dec:${key}`
  )
  return {
    palette: palette.state === 'ready' ? palette.value : [],
    annotations: annotations.state === 'ready' ? annotations.value : [],
    confirmed:
      decisions.state === 'ready'
        ? decisions.value.filter((d) => d.status === 'confirmed').length
        : 0
  }
}
