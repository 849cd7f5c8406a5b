import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { acquireLock } from './lock'
import { lockHeldMessage } from '../cli/context'

const children: ChildProcess[] = []
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL')
})

/** A live process other than this one, to stand for a second Parallax holding the folder. */
function otherProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
  children.push(child)
  return child.pid as number
}

describe('the data-folder lock', () => {
  it('writes the holder pid, and releasing removes the lock file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-lock-'))
    const lock = await acquireLock(dir)
    expect(lock.ok).toBe(true)
    const onDisk = JSON.parse(readFileSync(join(dir, 'parallax.lock'), 'utf8'))
    expect(onDisk.pid).toBe(process.pid)
    if (lock.ok) await lock.release()
    expect(existsSync(join(dir, 'parallax.lock'))).toBe(false)
  })

  it('refuses a second holder while the first is alive, naming it in a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-lock-'))
    const pid = otherProcess()
    const url = 'http://127.0.0.1:4321/#token=secret'
    writeFileSync(join(dir, 'parallax.lock'), JSON.stringify({ pid, url, startedAt: 'x' }))
    const second = await acquireLock(dir)
    expect(second.ok).toBe(false)
    if (second.ok) return
    expect(second.holder.pid).toBe(pid)
    const message = lockHeldMessage(dir, second.holder)
    expect(message).toContain(`pid ${pid}`)
    expect(message).toContain('http://127.0.0.1:4321/')
    // The token is a secret: it never appears in the message.
    expect(message).not.toContain('secret')
  })

  it('takes over a lock left behind by a process that died', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-lock-'))
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    const deadPid = child.pid as number
    await new Promise((r) => child.once('exit', r))
    writeFileSync(join(dir, 'parallax.lock'), JSON.stringify({ pid: deadPid, startedAt: 'x' }))
    const lock = await acquireLock(dir)
    expect(lock.ok).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, 'parallax.lock'), 'utf8')).pid).toBe(process.pid)
  })
})
