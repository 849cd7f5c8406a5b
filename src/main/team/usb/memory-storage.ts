import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'

/** automerge-repo storage in a Map: a sealed stick is opened into one, synced, then sealed again. */
export class MemoryStorage implements StorageAdapterInterface {
  readonly data = new Map<string, Uint8Array>()
  private static key = (k: StorageKey): string => k.join('\u0000')

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    return this.data.get(MemoryStorage.key(key))
  }
  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    this.data.set(MemoryStorage.key(key), data)
  }
  async remove(key: StorageKey): Promise<void> {
    this.data.delete(MemoryStorage.key(key))
  }
  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const p = MemoryStorage.key(prefix)
    return [...this.data]
      .filter(([k]) => prefix.length === 0 || k === p || k.startsWith(`${p}\u0000`))
      .map(([k, data]) => ({ key: k.split('\u0000'), data }))
  }
  async removeRange(prefix: StorageKey): Promise<void> {
    for (const c of await this.loadRange(prefix)) await this.remove(c.key)
  }
}
