import { describe, expect, it } from 'vitest'
import { UndoStack, type Command } from './undo-stack'

/** A tiny "server": a list of highlight names, changed only through commands. */
function world() {
  const items: string[] = []
  const add = (name: string, fail = { undo: false }): Command => ({
    label: `Add ${name}`,
    undo: async () =>
      fail.undo ? 'the disk is full' : (items.splice(items.indexOf(name), 1), null),
    redo: async () => (items.push(name), null)
  })
  const remove = (name: string): Command => ({
    label: `Delete ${name}`,
    undo: async () => (items.push(name), null),
    redo: async () => (items.splice(items.indexOf(name), 1), null)
  })
  return { items, add, remove }
}

describe('UndoStack', () => {
  it('undoes and redoes a create and a delete in order', async () => {
    const w = world()
    const s = new UndoStack()
    w.items.push('a')
    s.push(w.add('a'))
    w.items.push('b')
    s.push(w.add('b'))
    w.items.splice(0, 1)
    s.push(w.remove('a'))
    expect(w.items).toEqual(['b'])
    expect(s.state().undo).toBe('Delete a')
    await s.undo()
    expect(w.items).toEqual(['b', 'a'])
    await s.undo()
    expect(w.items).toEqual(['a'])
    expect(s.state()).toMatchObject({ undo: 'Add a', redo: 'Add b' })
    await s.redo()
    await s.redo()
    expect(w.items).toEqual(['b'])
    expect(s.state()).toMatchObject({ undo: 'Delete a', redo: null })
  })

  it('forgets the redo history when a new action is done', async () => {
    const w = world()
    const s = new UndoStack()
    s.push(w.add('a'))
    w.items.push('a')
    await s.undo()
    s.push(w.add('c'))
    expect(s.state().redo).toBeNull()
    expect(await s.redo()).toBeNull()
  })

  it('keeps a step that failed, with a message saying what could not be undone', async () => {
    const w = world()
    const s = new UndoStack()
    const fail = { undo: true }
    w.items.push('a')
    s.push(w.add('a', fail))
    expect(await s.undo()).toBe('Could not undo "Add a": the disk is full')
    expect(s.state().error).toBe('Could not undo "Add a": the disk is full')
    expect(w.items).toEqual(['a'])
    fail.undo = false
    expect(await s.undo()).toBeNull()
    expect(w.items).toEqual([])
    expect(s.state().error).toBeNull()
  })

  it('runs one step at a time, ignoring a second Ctrl+Z while the first is in flight', async () => {
    const s = new UndoStack()
    let calls = 0
    let release: () => void = () => undefined
    s.push({ label: 'fast', undo: async () => (calls++, null), redo: async () => null })
    s.push({
      label: 'slow',
      undo: () => new Promise((r) => ((release = () => r(null)), calls++)),
      redo: async () => null
    })
    const first = s.undo()
    expect(s.state().busy).toBe(true)
    expect(await s.undo()).toBeNull()
    expect(calls).toBe(1)
    release()
    await first
    expect(s.state()).toMatchObject({ undo: 'fast', redo: 'slow', busy: false })
  })

  it('drops the oldest step beyond its limit', () => {
    const s = new UndoStack(2)
    const w = world()
    ;['a', 'b', 'c'].forEach((n) => s.push(w.add(n)))
    expect(s.state().undo).toBe('Add c')
  })
})
