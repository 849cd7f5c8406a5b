import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { PrefsProvider } from './prefs/PrefsProvider'
import './styles.css'
import { installKindStyles } from './compare/kind-styles'

installKindStyles()

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PrefsProvider>
      <App />
    </PrefsProvider>
  </StrictMode>
)
