import { hashWord } from './tokens'

/**
 * English function words: articles, pronouns, auxiliaries and modals, prepositions,
 * conjunctions and reporting fillers. A run made only of these ("that it would be in the")
 * says nothing about reuse, so matching needs content words too. Modals and prepositions are
 * here on purpose: "can"/"could" or "across"/"around" are the small edits of a near-identical
 * sentence, not its content.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those there here it its itself i me my we us our you your he him ' +
    'his she her they them their who whom whose which what when where why how all any both each ' +
    'few more most other some such no nor not only own same so than too very just also then ' +
    'once again further ever even still yet already now is are was were be been being am have ' +
    'has had having do does did doing done will would shall should can could may might must ' +
    'ought to of in on at by for with from into onto over under about above below across around ' +
    'after before between through during without within against among along toward towards ' +
    'upon off out up down via per as if or and but because while until unless though although ' +
    'whether since s t don didnt doesnt isnt wasnt werent wont cant couldnt wouldnt shouldnt ' +
    'hasnt havent hadnt im ive id youre weve theyre hes shes thats theres its one said says'
  ).split(' ')
)

/** The hashes of STOP_WORDS, in the form `tokenize` produces. */
export const STOP_HASHES: ReadonlySet<number> = new Set([...STOP_WORDS].map(hashWord))
