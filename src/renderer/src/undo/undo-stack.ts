import type { Result } from '../../../shared/result'

/** One undoable action: each direction resolves with an error message, or null on success. */
export type Command = {
  /** What the toast and the menu say: "Highlight added", "Annotation deleted"... */
  label: string
  undo: () => Promise<string | null>
  redo: () => Promise<string | null>
}

/** A step's outcome from an API call's result: its error message, or null when it worked. */
export const failure = (r: Result<unknown>): string | null => (r.ok ? null : r.error.message)

export type StackState = {
  undo: string | null
  redo: string | null
  busy: boolean
  /** Why the last step failed; cleared by the next step or action. */
  error: string | null
}

/**
 * An undo and redo history. Pure: commands carry their own API calls,
 * so this is tested without a DOM or a server. A step that fails stays where it was (the
 * analyst can retry), and steps never overlap: a second Ctrl+Z while one is running is ignored,
 * so the server sees them in order.
 */
export class UndoStack {
  private done: Command[] = []
  private undone: Command[] = []
  private running = false
  private error: string | null = null
  private listeners = new Set<(s: StackState) => void>()

  constructor(private readonly limit = 200) {}

  /** Records an action that has just succeeded; it clears the redo history. */
  push(c: Command): void {
    this.done.push(c)
    if (this.done.length > this.limit) this.done.shift()
    this.undone = []
    this.error = null
    this.emit()
  }

  undo(): Promise<string | null> {
    return this.step(this.done, this.undone, 'undo')
  }

  redo(): Promise<string | null> {
    return this.step(this.undone, this.done, 'redo')
  }

  /** The step Ctrl+Z would undo now (an undo toast offers it only while it is this one). */
  peek(): Command | undefined {
    return this.done.at(-1)
  }

  state(): StackState {
    return {
      undo: this.done.at(-1)?.label ?? null,
      redo: this.undone.at(-1)?.label ?? null,
      busy: this.running,
      error: this.error
    }
  }

  subscribe(f: (s: StackState) => void): () => void {
    this.listeners.add(f)
    return () => void this.listeners.delete(f)
  }

  private async step(from: Command[], to: Command[], dir: 'undo' | 'redo'): Promise<string | null> {
    const c = from.at(-1)
    if (!c || this.running) return null
    this.running = true
    this.emit()
    try {
      const error = await c[dir]().catch((e: unknown) => String(e))
      this.error = error && `Could not ${dir} "${c.label}": ${error}`
      if (this.error) return this.error
      from.pop()
      to.push(c)
      return null
    } finally {
      this.running = false
      this.emit()
    }
  }

  private emit(): void {
    const s = this.state()
    for (const f of this.listeners) f(s)
  }
}

/**
 * The app's one history: annotations, links, decisions, re-imports and the article Trash all
 * push here, and Ctrl+Z anywhere undoes the latest of them. It outlives any one view, so
 * opening another article keeps it.
 */
export const history = new UndoStack()
