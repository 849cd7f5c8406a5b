import type { EventName, ParallaxEvents } from '../../shared/contract'

type Listener = (event: EventName, payload: unknown) => void

/** Fans main-process events out to every transport (IPC windows, HTTP event streams). */
export class EventHub {
  private listeners = new Set<Listener>()

  emit<E extends EventName>(event: E, payload: ParallaxEvents[E]): void {
    for (const l of this.listeners) l(event, payload)
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
