import base from './electron.vite.config'
const c = base as any
export default { ...c, renderer: { ...c.renderer, build: { ...c.renderer.build, minify: false } } }
