import { useEffect } from 'react'

/** A passage to bring into view once its article is open in the reader. */
export type PassageFocus = { article: string; start: number; end: number; n: number }

/**
 * Scrolls the reader to the paragraph holding the passage and marks it, once that article's
 * paragraphs are on screen (the article opens asynchronously, so it waits for them).
 */
export function usePassageFocus(focus: PassageFocus | null): void {
  useEffect(() => {
    if (!focus) return
    let tries = 0
    const timer = window.setInterval(() => {
      const paras = [
        ...document.querySelectorAll<HTMLElement>(
          `[data-annotatable][data-article-id="${focus.article}"] [data-testid="paragraph"]`
        )
      ]
      if (paras.length === 0 && ++tries < 100) return
      window.clearInterval(timer)
      const at = paras.filter((el) => Number(el.dataset.start) <= focus.start).pop()
      if (!at) return
      at.scrollIntoView({ block: 'center' })
      at.classList.add('story-focus')
      at.dataset.storyFocus = 'true'
    }, 50)
    return () => window.clearInterval(timer)
  }, [focus])
}
