export { CONTEXT_CHARS, describe } from './describe'
export { MAX_ERROR_SHARE, similarity } from './match-quote'
export { OffsetMap } from './offset-map'
export { anchor, MIN_CONFIDENCE, reanchorAll, type Anchorable, type Placement } from './reanchor'
