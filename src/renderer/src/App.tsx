import { useCallback, useRef, useState } from 'react'
import { api } from './api'
import { ArticleView } from './components/ArticleView'
import { ImportDialog } from './components/ImportDialog'
import { LibraryList } from './components/LibraryList'
import { LibraryToolbar } from './components/LibraryToolbar'
import { Notices } from './components/Notices'
import { PasteDialog } from './components/PasteDialog'
import { SelectionBar } from './components/SelectionBar'
import { CompareView } from './compare/CompareView'
import { BriefingComposer } from './briefing/BriefingComposer'
import { UndoToast } from './undo/UndoToast'
import { useFileDrop } from './hooks/useFileDrop'
import { itemsFromPicked, useImport, type ImportItem } from './hooks/useImport'
import { useLibrary } from './hooks/useLibrary'
import { useResult } from './hooks/useResult'
import { failure } from './undo/undo-stack'
import { useOffer } from './undo/useOffer'
import { useUndoErrors, useUndoKeys } from './undo/useUndoKeys'
import { fromFileList } from './lib/files'
import { StoryList } from './stories/StoryList'
import { StoryView } from './stories/StoryView'
import { usePassageFocus, type PassageFocus } from './stories/usePassageFocus'
import { useStories } from './stories/useStories'
import { editLabel } from './stories/edit-label'

/** Library on the left, the opened article on the right. */
export function App(): React.JSX.Element {
  const [info] = useResult(() => api.appInfo(), 'info')
  const lib = useLibrary()
  const [openId, setOpenId] = useState<string | null>(null)
  const [compareIds, setCompareIds] = useState<string[] | null>(null)
  const [briefing, setBriefing] = useState(false)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [pasting, setPasting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const imports = useImport()
  useUndoKeys()
  useUndoErrors(setError)
  const undo = useOffer()
  const fileInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const rows = lib.rows.state === 'ready' ? lib.rows.value : []
  const stories = useStories(lib.revision, setError, undo.push)
  // The open story is followed by one of its articles: an edit can change a story's id (ids
  // follow the smallest article id), but the article the analyst kept stays in it.
  const [storyAnchor, setStoryAnchor] = useState<string | null>(null)
  const [focus, setFocus] = useState<PassageFocus | null>(null)
  usePassageFocus(focus)
  const story = storyAnchor
    ? stories.stories.find((s) => s.articles.includes(storyAnchor))
    : undefined
  const shown =
    story && lib.rows.state === 'ready'
      ? { ...lib.rows, value: lib.rows.value.filter((r) => story.articles.includes(r.id)) }
      : lib.rows
  const titleOf = (id: string): string => rows.find((r) => r.id === id)?.title ?? ''

  const startImport = useCallback((items: ImportItem[]) => void imports.start(items), [imports])
  const dragging = useFileDrop(
    useCallback((files) => startImport(itemsFromPicked(files)), [startImport])
  )
  const chooseFiles = (): void => fileInput.current?.click()
  const trash = (ids: string[]): void => {
    void trashArticles(ids, ids.map(titleOf))
    setSelected(new Set())
    if (openId && ids.includes(openId)) setOpenId(null)
  }
  const trashArticles = async (ids: string[], titles: string[]): Promise<void> => {
    const r = await api.trashArticles(ids)
    if (!r.ok) return setError(r.error.message)
    const what = ids.length === 1 ? `“${titles[0] ?? ''}”` : `${ids.length} articles`
    undo.push(
      {
        label: `Move ${what} to Trash`,
        undo: async () => failure(await api.restoreArticles(ids)),
        redo: async () => failure(await api.trashArticles(ids))
      },
      `Moved ${what} to Trash.`
    )
  }
  const restore = async (ids: string[]): Promise<void> => {
    const r = await api.restoreArticles(ids)
    setError(r.ok ? null : r.error.message)
    setSelected(new Set())
  }
  const emptyTrash = async (): Promise<void> => {
    const r = await api.emptyTrash()
    setError(r.ok ? null : r.error.message)
  }

  if (briefing)
    return (
      <BriefingComposer
        initial={[...selected].filter((id) => rows.some((r) => r.id === id))}
        onClose={() => setBriefing(false)}
      />
    )

  if (compareIds)
    return (
      <CompareView
        key={compareIds.join(',')}
        ids={compareIds}
        library={rows}
        onChangeIds={(ids) => setCompareIds(ids.length ? ids : null)}
        onClose={() => setCompareIds(null)}
      />
    )

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
          <button
            type="button"
            className="brand-action"
            onClick={() => setBriefing(true)}
            title="Compose a briefing from the selected articles (or all of them)"
            data-testid="open-briefing"
          >
            Briefing
          </button>
        </header>
        <LibraryToolbar
          lib={lib}
          onImport={() => void chooseFiles()}
          onImportFolder={() => folderInput.current?.click()}
          onPaste={() => setPasting(true)}
          onError={setError}
        />
        <SelectionBar
          selected={[...selected].filter((id) => rows.some((r) => r.id === id))}
          inTrash={Boolean(lib.query.trashed)}
          onCompare={(ids) => setCompareIds(ids)}
          onTrash={trash}
          onRestore={(ids) => void restore(ids)}
          onEmptyTrash={() => void emptyTrash()}
          onClear={() => setSelected(new Set())}
        />
        <StoryList
          stories={stories.stories}
          current={story?.id ?? null}
          onOpen={(id) => {
            setStoryAnchor(stories.stories.find((s) => s.id === id)?.articles[0] ?? null)
            setOpenId(null)
          }}
        />
        <LibraryList
          articles={shown}
          storyOf={stories.storyOf}
          openId={openId}
          selected={selected}
          onOpen={setOpenId}
          onSelect={setSelected}
          onDelete={lib.query.trashed ? () => undefined : trash}
          onRetry={lib.reload}
          emptyText={emptyText(
            lib.query.trashed,
            Boolean(
              lib.query.search ||
              lib.query.tags ||
              lib.query.source ||
              lib.query.dateFrom ||
              lib.query.dateTo
            )
          )}
        />
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          onChange={(e) =>
            e.target.files && startImport(itemsFromPicked(fromFileList(e.target.files)))
          }
          data-testid="file-input"
        />
        <input
          ref={(el) => {
            folderInput.current = el
            el?.setAttribute('webkitdirectory', '')
          }}
          type="file"
          hidden
          onChange={(e) =>
            e.target.files && startImport(itemsFromPicked(fromFileList(e.target.files)))
          }
          data-testid="folder-input"
        />
      </aside>
      <main className="reader">
        {info.state === 'ready' && <Notices notices={info.value.notices} />}
        {error && (
          <div className="notice" role="alert">
            <p>{error}</p>
            <button type="button" onClick={() => setError(null)}>
              Dismiss
            </button>
          </div>
        )}
        {openId ? (
          <ArticleView
            id={openId}
            knownTags={lib.tags}
            onTrash={(id) => trash([id])}
            version={lib.revision}
            onOpenArticle={setOpenId}
          />
        ) : story ? (
          <StoryView
            id={story.id}
            stories={stories.stories}
            revision={`${lib.revision}:${story.name}:${story.articles.join(',')}`}
            onEdit={async (e) => {
              const leaving = e.op === 'move' ? [e.article] : e.op === 'split' ? e.articles : []
              if (storyAnchor && leaving.includes(storyAnchor))
                setStoryAnchor(story.articles.find((a) => !leaving.includes(a)) ?? storyAnchor)
              await stories.edit(e, editLabel(e, stories.stories, titleOf))
            }}
            onCompare={setCompareIds}
            onOpenPassage={(cell) => {
              setOpenId(cell.article)
              setFocus({ ...cell, n: Date.now() })
            }}
          />
        ) : (
          <div className="placeholder" data-testid="reader-empty">
            <p>Choose an article from the library to read it.</p>
            <p className="hint">
              <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Space</kbd> select ·
              drop files or folders anywhere to import
            </p>
          </div>
        )}
      </main>
      {dragging && <div className="drop-overlay">Drop files or folders to import them</div>}
      {imports.run && (
        <ImportDialog run={imports.run} onCancel={imports.cancel} onClose={imports.close} />
      )}
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onImport={(text) => {
            setPasting(false)
            startImport([
              { name: 'pasted text', size: text.length, source: async () => ({ pasted: text }) }
            ])
          }}
        />
      )}
      {undo.offered && <UndoToast label={undo.offered} onDismiss={undo.dismiss} />}
    </div>
  )
}

function emptyText(trash: boolean | undefined, filtered: boolean): string {
  if (trash) return 'The Trash is empty.'
  if (filtered) return 'No article matches. Change the search or clear the filters.'
  return 'The library is empty. Import articles, drop files here, or paste text to start comparing.'
}
