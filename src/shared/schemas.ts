import { z } from 'zod'
import type { ApiMethod, ParallaxApi } from './contract'

const articleId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'an article id is 1-64 lower-case letters, digits or dashes')

const libraryQuery = z
  .object({
    sort: z.enum(['date', 'title', 'source', 'imported']).optional(),
    descending: z.boolean().optional()
  })
  .strict()

/**
 * Argument schemas per method. Main parses every call against these before a service sees it:
 * the renderer (or anything on loopback holding the token) is untrusted.
 */
export const argSchemas = {
  appInfo: z.tuple([]),
  listArticles: z.union([z.tuple([]), z.tuple([libraryQuery.optional()])]),
  openArticle: z.tuple([articleId])
} satisfies { [M in ApiMethod]: z.ZodType<Parameters<ParallaxApi[M]>> }
