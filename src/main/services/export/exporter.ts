import type { BriefingSpec, ExportFile, ExportFormat } from '../../../shared/contract'
import type {
  Annotation,
  AnnotationLink,
  ArticleId,
  ArticleMeta,
  FindingDecision,
  FindingSide,
  PaletteColor,
  StoryDetail
} from '../../../shared/model'
import { settled } from '../../../shared/anchoring'
import { err, ok, type Result } from '../../../shared/result'
import { fileStem, type Briefing } from './briefing'
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleJson, type Bundle } from './bundle'
import { composeBriefing } from './compose'
import { toCsv } from './csv'
import { toDocx } from './docx'
import { toHtml } from './html'
import { toJsonLd } from './jsonld'
import { toMarkdown } from './markdown'
import { defaultPrinter, type PdfPrinter } from './pdf'

/** What the exporter reads from the library. Annotations include the trash when asked. */
export type ExportSource = {
  /** Live articles in library order. */
  articles(): ArticleMeta[]
  text(id: ArticleId): Promise<string>
  annotations(ids: ArticleId[], trashed: boolean): Promise<Annotation[]>
  links(ids: ArticleId[]): AnnotationLink[]
  decisions(ids: ArticleId[]): FindingDecision[]
  palette(): PaletteColor[]
}

export type ExporterOptions = {
  /** Electron's printToPDF; elsewhere headless Chromium, or pdfkit where there is none. */
  printPdf?: PdfPrinter
  /** The native save dialog (Electron): writes the bytes, returns the path, or null if dismissed. */
  saveFile?: (name: string, bytes: Uint8Array) => Promise<string | null>
  now?: () => Date
  /** The stories of these articles, each with two or more of them, over those articles only. */
  stories?: (ids: ArticleId[]) => Promise<StoryDetail[]>
}

/** A rendered export before it travels: name, type and bytes. */
export type ExportBytes = { name: string; mime: string; bytes: Uint8Array; text: boolean }

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jsonld: 'application/ld+json',
  csv: 'text/csv; charset=utf-8',
  bundle: 'application/json'
}

const EXTENSION: Record<ExportFormat, string> = {
  md: 'md',
  html: 'html',
  pdf: 'pdf',
  docx: 'docx',
  jsonld: 'jsonld',
  csv: 'csv',
  bundle: 'parallax.json'
}

/** Builds briefings and bundles in every format, for the UI and the command line alike. */
export class Exporter {
  private readonly printPdf: PdfPrinter
  private readonly now: () => Date

  constructor(
    private readonly source: ExportSource,
    private readonly options: ExporterOptions = {}
  ) {
    this.printPdf = options.printPdf ?? defaultPrinter()
    this.now = options.now ?? (() => new Date())
  }

  async briefing(spec: BriefingSpec): Promise<Result<Briefing>> {
    const chosen = this.choose(spec.articles)
    if (!chosen.ok) return chosen
    const ids = chosen.value.map((a) => a.id)
    const data = {
      articles: chosen.value,
      annotations: ids.length ? await this.source.annotations(ids, false) : [],
      links: ids.length ? this.source.links(ids) : [],
      decisions: ids.length ? this.source.decisions(ids) : [],
      palette: this.source.palette(),
      stories:
        this.options.stories && spec.sections.includes('stories')
          ? await this.options.stories(ids)
          : []
    }
    return ok(composeBriefing(spec, data, this.now().toISOString().slice(0, 10)))
  }

  async preview(spec: BriefingSpec): Promise<Result<string>> {
    const b = await this.briefing(spec)
    return b.ok ? ok(toHtml(b.value)) : b
  }

  async render(spec: BriefingSpec, format: ExportFormat): Promise<Result<ExportBytes>> {
    const file = (bytes: Uint8Array, text: boolean, stem: string): Result<ExportBytes> =>
      ok({ name: `${stem}.${EXTENSION[format]}`, mime: MIME[format], bytes, text })
    const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
    if (format === 'bundle') {
      const b = await this.bundle(spec.articles)
      return b.ok ? file(utf8(bundleJson(b.value)), true, fileStem(spec.title)) : b
    }
    const r = await this.briefing(spec)
    if (!r.ok) return r
    const b = r.value
    const stem = fileStem(b.title)
    if (format === 'md') return file(utf8(toMarkdown(b)), true, stem)
    if (format === 'html') return file(utf8(toHtml(b)), true, stem)
    if (format === 'jsonld') return file(utf8(toJsonLd(b)), true, stem)
    if (format === 'csv') return file(utf8(toCsv(b)), true, stem)
    if (format === 'docx') return file(await toDocx(b), false, stem)
    const pdf = await this.printPdf(toHtml(b), b)
    return pdf.ok ? file(pdf.value, false, stem) : pdf
  }

  /** The export as it travels to the renderer: text as UTF-8, binary formats as base64. */
  async export(spec: BriefingSpec, format: ExportFormat): Promise<Result<ExportFile>> {
    const r = await this.render(spec, format)
    if (!r.ok) return r
    const { name, mime, bytes, text } = r.value
    return ok({
      name,
      mime,
      encoding: text ? 'utf8' : 'base64',
      data: text
        ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
        : Buffer.from(bytes).toString('base64')
    })
  }

  /** Exports through the native save dialog; the browser host has none and downloads instead. */
  async save(spec: BriefingSpec, format: ExportFormat): Promise<Result<string>> {
    if (!this.options.saveFile)
      return err(
        'unsupported-format',
        'There is no native save dialog here; the file is downloaded instead.'
      )
    const r = await this.render(spec, format)
    if (!r.ok) return r
    const path = await this.options.saveFile(r.value.name, r.value.bytes)
    return path
      ? ok(path)
      : err('cancelled', 'The export was not saved: the save dialog was closed.')
  }

  /** Every article's text, annotations (trash included), and the links and decisions among them. */
  async bundle(articleIds: ArticleId[]): Promise<Result<Bundle>> {
    const chosen = this.choose(articleIds)
    if (!chosen.ok) return chosen
    if (!chosen.value.length) return err('not-found', 'There is no article to put in the bundle.')
    const ids = new Set(chosen.value.map((a) => a.id))
    const articles: Bundle['articles'] = []
    for (const meta of chosen.value) {
      const [live, trashed] = [
        await this.source.annotations([meta.id], false),
        await this.source.annotations([meta.id], true)
      ]
      const annotations = [...live, ...trashed].sort(
        (x, y) => x.created.localeCompare(y.created) || x.id.localeCompare(y.id)
      )
      articles.push({ meta, text: await this.source.text(meta.id), annotations })
    }
    const list = [...ids]
    // A side the store still calls placed but that misses its text (a re-import whose
    // re-anchoring could not be saved) travels as an orphan, so the bundle imports whole.
    const texts = new Map(articles.map((a) => [a.meta.id, a.text]))
    const settle = <S extends FindingSide>(s: S): S => ({
      ...s,
      ...settled(s, texts.get(s.article) ?? '')
    })
    return ok({
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt: this.now().toISOString(),
      palette: this.source.palette(),
      articles,
      links: this.source
        .links(list)
        .filter((l) => ids.has(l.from.article) && ids.has(l.to.article))
        .map((l) => ({
          ...l,
          from: l.from.type === 'finding' ? settle(l.from) : l.from,
          to: l.to.type === 'finding' ? settle(l.to) : l.to
        })),
      decisions: this.source
        .decisions(list)
        .filter((d) => ids.has(d.a.article) && ids.has(d.b.article))
        .map((d) => ({ ...d, a: settle(d.a), b: settle(d.b) }))
    })
  }

  /** The named live articles in the order given, or every live article; unknown ids fail. */
  private choose(ids: ArticleId[]): Result<ArticleMeta[]> {
    const all = this.source.articles()
    if (!ids.length) return ok(all)
    const out: ArticleMeta[] = []
    for (const id of new Set(ids)) {
      const m = all.find((a) => a.id === id)
      if (!m)
        return err(
          'not-found',
          `No live article with id ${id} is in the library (it may be in the Trash).`
        )
      out.push(m)
    }
    return ok(out)
  }
}
