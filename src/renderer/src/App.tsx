import { useEffect, useState } from 'react'
import { api } from './api'
import { ArticleView } from './components/ArticleView'
import { LibraryList } from './components/LibraryList'
import { Notices } from './components/Notices'
import { useResult } from './hooks/useResult'

/** Library on the left, the opened article on the right. */
export function App(): React.JSX.Element {
  const [info] = useResult(() => api.appInfo(), 'info')
  const [articles, reloadArticles] = useResult(() => api.listArticles({ sort: 'date' }), 'library')
  const [openId, setOpenId] = useState<string | null>(null)

  useEffect(() => api.on('library:changed', reloadArticles), [reloadArticles])

  return (
    <div className="app">
      <aside className="sidebar" aria-label="Library">
        <header className="brand">
          <h1>Parallax</h1>
          {info.state === 'ready' && (
            <span className="brand-meta" title={info.value.dataDir}>
              {info.value.transport === 'http' ? 'browser host' : 'desktop'} · v{info.value.version}
            </span>
          )}
        </header>
        <LibraryList articles={articles} openId={openId} onOpen={setOpenId} onRetry={reloadArticles} />
      </aside>
      <main className="reader">
        {info.state === 'ready' && <Notices notices={info.value.notices} />}
        {openId ? (
          <ArticleView id={openId} />
        ) : (
          <div className="placeholder" data-testid="reader-empty">
            <p>Choose an article from the library to read it.</p>
            <p className="hint">
              Use <kbd>↑</kbd> <kbd>↓</kbd> to move through the list and <kbd>Enter</kbd> to open.
            </p>
          </div>
        )}
      </main>
    </div>
  )
}
