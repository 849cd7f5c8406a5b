import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { PrefsProvider } from './prefs/PrefsProvider'
// Imported here, in this order, so the cascade runs as one file did: later rules win ties.
import './theme.css'
import './styles.css'
import './components/library.css'
import './components/dialogs.css'
import './undo/undo.css'
import './compare/compare.css'
import './annotations/annotations.css'
import './briefing/briefing.css'
import { installKindStyles } from './compare/kind-styles'

installKindStyles()

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PrefsProvider>
      <App />
    </PrefsProvider>
  </StrictMode>
)
