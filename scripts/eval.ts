/**
 * `npm run eval`: how right Parallax's findings are on real news it was not tuned on.
 * - ECB+ original half (real articles, one event per topic), split by topic once into dev and
 *   test; labels by a reader who read every article (eval/labels). Tuning uses dev only; the
 *   test split is what this reports as the measure.
 * - Labelled sentence pairs: the MSRP train split (paraphrase) and negation-contradiction pairs,
 *   with the baselines (negation cue, word-Jaccard, always yes) in the same run.
 * - The five samples and hand-written pairs stay as regression checks (eval/floors.json).
 * Exits 1 when a regression floor or a committed real-data floor (eval/floors-real.json) is missed.
 * `--verbose` lists wrong findings and missed labels; `--dev` also prints the dev split.
 */
import { ecbSplit, reliability } from '../eval/real/ecb-report'
import { msrp, negationPairs } from '../eval/real/pair-sets'
import { regression } from '../eval/regression'

const args = new Set(process.argv.slice(2))

async function main(): Promise<void> {
  console.log('== Regression: the five samples and the hand-written pairs (not the measure)')
  const failures = await regression()
  const verbose = args.has('--verbose')
  const splits: ('dev' | 'test')[] = args.has('--dev') ? ['dev', 'test'] : ['test']
  console.log('\n== Real news')
  for (const split of splits) {
    const judged = ecbSplit(split, verbose && (split === 'dev' || args.has('--test-details')))
    if (judged && split === 'test') reliability(judged)
    msrp(split)
    negationPairs(split)
  }
  if (failures.length) {
    console.log(`\n${failures.length} floor(s) missed:\n  ${failures.join('\n  ')}`)
    process.exit(1)
  }
  console.log('\nall floors met')
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(2)
})
