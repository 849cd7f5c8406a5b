/// <reference types="vite/client" />
import type { ParallaxBridge } from '../../shared/contract'

declare global {
  interface Window {
    /** Present in Electron (from the preload); absent in the browser host. */
    api?: ParallaxBridge
  }
}
