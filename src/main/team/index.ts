/**
 * Team libraries: one library shared by a team of analysts, edited offline and merged by
 * Automerge 3 through automerge-repo 2. Solo libraries never touch this folder.
 *
 * Modules:
 * - atomic-storage.ts  AtomicFsStorage, the only StorageAdapter a team repo may use, on the
 *   desktop, on the team server and on a USB stick: temp file in `.tmp/`, fsync, rename,
 *   fsync the folder; stray temp files are deleted on open; each chunk is checked on its own
 *   at load, so a torn chunk is moved to `.damaged/` (reported through `onDamaged`) and never
 *   hides the others. Call `close()` after `repo.shutdown()`.
 * - chunk-check.ts     isWholeAutomergeData: Automerge's own chunk checksums, without parsing.
 * - team-repo.ts       openTeamRepo({ dir, network, peerId, sharePolicy, ... }) gives a Repo on
 *   that storage, `commit(handle, change)` which resolves only after the change is flushed
 *   (acknowledge nothing before it), and `close()`.
 * - shapes.ts          the document shapes and their constructors/readers:
 *     LibraryDoc      articles{id → StoredArticle (meta, textDoc URL, annotationsDoc URL,
 *                     deletedAt)}, palette, members{user → name, role, actors}, linksDoc URL,
 *                     decisionsDocs{user → URL}
 *     AnnotationsDoc  one per article: annotations{id → StoredAnnotation (by = author)}
 *     TextDoc         one per article version, never edited
 *     LinksDoc        links{id → StoredLink (by = author)}
 *     DecisionsDoc    one per analyst: decisions{findingId → StoredDecision}; only its owner
 *                     writes it, so two analysts' verdicts never conflict
 *   Every string is an ImmutableString except an annotation's `note`; sets are maps
 *   ({tag: true}, false = removed); nothing is ever deleted from a map (deletedAt, null).
 *   Document URLs are stored as ImmutableStrings of `automerge:...`.
 *
 * - team-config.ts     `team.json` in a data folder ({library URL, user}) is the switch: present,
 *   the services open the team library; absent, the solo lowdb library, untouched. A join
 *   writes it (readTeamConfig/TEAM_FILE/teamDir; the repo lives in <dataDir>/team).
 * - share.ts           shareLibrary({dataDir, user, name}): solo → team, once, every id kept.
 * - open.ts            openTeamLibrary(dataDir, config, localStore, {network, peerId, ...}):
 *   the team implementations the services run on (same StoreLike/TextStore/AnnotationFiles
 *   interfaces as solo): team-library.ts (articles, palette, links, own decisions),
 *   team-annotations.ts, team-texts.ts, over projected-store.ts and assign-changed.ts (only
 *   changed fields are written; a note is updated as text so concurrent edits merge).
 * - conflicts.ts       annotationConflicts(doc) lists concurrent values of one field (colour,
 *   grade, a tag) for the analyst to settle with resolveIn; teamVerdicts shows each
 *   analyst's decision per finding and whether they disagree.
 *
 * For the network side (server, invites, USB sync): open repos with openTeamRepo so every
 * replica stores the same way, and discover a library's documents from its LibraryDoc
 * (articles' textDoc and annotationsDoc, linksDoc, decisionsDocs).
 */
export { AtomicFsStorage, type DamagedChunk } from './atomic-storage'
export { isWholeAutomergeData } from './chunk-check'
export { openTeamRepo, type TeamRepo, type TeamRepoOptions } from './team-repo'
export * from './shapes'
