import { featureKey } from './feature-ids'
import type { Signature } from './features'

/** A signature with the compact arrays the story index compares; its Maps are built on demand. */
export type ArticleFeatures = Signature & {
  /** Feature ids (feature-ids.ts), in the order first met. */
  fids: Int32Array
  /** The raw weight of each feature. */
  weights: Float64Array
  /** 1 where the feature names something. */
  named: Uint8Array
}

// Per feature id: the reading that last met it, and the feature's position in that reading.
let metBy = new Int32Array(1 << 16)
let posOf = new Int32Array(1 << 16)
let readings = 0

/**
 * Adds up one article's feature weights in arrays indexed by feature id, so a word met again
 * costs two array reads. One reading at a time: signatureOf is synchronous.
 */
export class Reading {
  private readonly stamp: number
  private readonly fids: number[] = []
  private readonly weights: number[] = []
  private readonly named: number[] = []
  // Where each feature was first written: texts[from[k]].slice(starts[k], ends[k]).
  private readonly texts: string[] = []
  private readonly from: number[] = []
  private readonly starts: number[] = []
  private readonly ends: number[] = []

  constructor() {
    readings = (readings + 1) | 0
    if (readings === 0) {
      metBy.fill(0)
      readings = 1
    }
    this.stamp = readings
  }

  /** Adds weight to a feature; text[start, end) is how it is written, kept on first sight. */
  add(fid: number, w: number, text: string, start: number, end: number, entity: boolean): void {
    if (fid >= metBy.length) grow(fid)
    if (metBy[fid] === this.stamp) {
      const k = posOf[fid] as number
      this.weights[k] = (this.weights[k] as number) + w
      if (entity) this.named[k] = 1
      return
    }
    metBy[fid] = this.stamp
    posOf[fid] = this.fids.length
    this.fids.push(fid)
    this.weights.push(w)
    this.named.push(entity ? 1 : 0)
    if (this.texts[this.texts.length - 1] !== text) this.texts.push(text)
    this.from.push(this.texts.length - 1)
    this.starts.push(start)
    this.ends.push(end)
  }

  /** The signature of what was read. */
  signature(id: string, day: number, place: string): ArticleFeatures {
    const { texts, from, starts, ends } = this
    return new ReadSignature(
      id,
      day,
      place,
      Int32Array.from(this.fids),
      Float64Array.from(this.weights),
      Uint8Array.from(this.named),
      (k) => (texts[from[k] as number] as string).slice(starts[k], ends[k])
    )
  }
}

function grow(fid: number): void {
  const size = Math.max(fid + 1, metBy.length * 2)
  const m = new Int32Array(size)
  m.set(metBy)
  const p = new Int32Array(size)
  p.set(posOf)
  metBy = m
  posOf = p
}

class ReadSignature implements ArticleFeatures {
  private maps?: Pick<Signature, 'features' | 'entities' | 'surface'>

  constructor(
    readonly id: string,
    readonly day: number,
    readonly place: string,
    readonly fids: Int32Array,
    readonly weights: Float64Array,
    readonly named: Uint8Array,
    private readonly written: (k: number) => string
  ) {}

  get features(): Map<string, number> {
    return this.built().features
  }

  get entities(): Set<string> {
    return this.built().entities
  }

  get surface(): Map<string, string> {
    return this.built().surface
  }

  // Naming reads these for a few articles at a time; grouping never does.
  private built(): Pick<Signature, 'features' | 'entities' | 'surface'> {
    if (this.maps) return this.maps
    const maps = { features: new Map(), entities: new Set<string>(), surface: new Map() }
    this.fids.forEach((fid, k) => {
      const key = featureKey(fid)
      maps.features.set(key, this.weights[k])
      maps.surface.set(key, this.written(k))
      if (this.named[k]) maps.entities.add(key)
    })
    return (this.maps = maps)
  }
}
