/*
 * The per-sentence driver: walks the tokens, matches rules, and for each match decides its doers,
 * its targets (trying each fallback in a fixed order), its mode, date and place. The concerns it
 * consults live in their own modules; the order of the decisions, which the output depends on, is here.
 */

import { FISHING_CRAFT, MERCHANT_SHIPS } from '../lexicon/roles';
import type { DatePrecision } from '../model/common';
import { type ActorRecord, ARMED_SECTORS, root } from './actor-registry';
import { ClauseReader, privateMourners } from './clauses';
import { dateAt, fallbackDay } from './dates';
import { tieToOpponent } from './domestic-ties';
import {
  ACCUSABLE_ROOTS,
  accusationShape,
  allegedAct,
  latestAllegation,
  referredActors,
} from './earlier-acts';
import {
  adjustCode,
  characterizingRelative,
  EARLIER_OBJECT,
  inCondition,
  isConflictRoot,
  mandatedBefore,
  questionStart,
  restatesPurposeHead,
  standingNegation,
} from './event-mode';
import {
  absoluteSubject,
  agreementBefore,
  isNounTriggerCandidate,
  NOBODY,
  participleSubject,
} from './event-sources';
import {
  agreedActCounterpart,
  beneficiariesOf,
  conflictOpponents,
  counterpartOf,
  crowdOf,
  dispersed,
  everyone,
  holdersOf,
  latestHolding,
  ownFollowers,
  ownInmates,
  partiesOf,
  RELATIVE_OBJECT_ROOTS,
  relativeObjectDoers,
  sameGovernment,
  sceneAbroad,
  selfEvent,
  victimsOf,
} from './event-targets';
import { labelledPronounDoer } from './labelled-pronoun';
import { nounEventAsserted, nounEventUndone } from './noun-events';
import { matchAt, type RuleIndex } from './patterns';
import { arrestingState, hostPolice, repressionCode } from './protest-police';
import { doersOfActBefore, reactedTo } from './reactions';
import {
  COMMENTATOR_ROLES,
  firstPersonBefore,
  quotationSpeaker,
  quotedTokens,
  speakerForOwnState,
  speakerOf,
  toldByCommentator,
  warnerOf,
} from './reported-speech';
import {
  type AllegedAct,
  type Candidate,
  COOPERATIVE_ROOTS,
  groupActors,
  nearestPlace,
  newClauseConjunct,
  ownerOf,
  type SentenceContext,
  STATE_ARMS,
} from './sentence-context';

/** Roots whose target may be a place ("shelled Kharkiv", "struck a depot in Russia's Belgorod region"). */
const PLACE_TARGET_ROOTS = new Set(['15', '18', '19', '20']);

/** A to-infinitive shortly after the act states its purpose ("raided the town to arrest ..."). */
const statesPurpose = (reader: ClauseReader, i: number, from: number): boolean => {
  for (let k = from; k < from + 14; k++) if (reader.purposeHead(k) === i) return true;
  return false;
};

/** Force by an armed group that may be aimed at the state it fights even when no one is named. */
const INSURGENCY_ROOTS = new Set(['18', '19']);
/** Ships named by their trade: a foreign boat seized by a navy is not the navy's compatriot. */
const VESSEL_ROLES: ReadonlySet<string> = new Set([...FISHING_CRAFT, ...MERCHANT_SHIPS]);
/** Roots of reactions that a passive with an act as subject aims at the act's doer ("was condemned by"). */
const REACTION_ROOTS = new Set(['05', '11', '12']);
/** Sectors whose gathering is a protest. */
const PROTESTING_SECTORS = new Set(['CVL', 'OPP', 'NGO', 'POL', 'EDU', 'LEG']);

/** Codes every rule that fires in one sentence. */
export const codeSentence = (context: SentenceContext, rules: RuleIndex): Candidate[] => {
  const { analysis } = context;
  const { tokens, phrases, phraseAt } = analysis;
  const reader = new ClauseReader(analysis);
  const quoted = quotedTokens(analysis);
  const out: Candidate[] = [];
  let consumedUntil = -1;
  const questionFrom = questionStart(analysis);
  for (let i = 0; i < tokens.length && out.length < context.maxEvents; i++) {
    if (i < consumedUntil) continue;
    // Inside a quotation only what the speaker says "we" do is coded, as the speaker's own act.
    const we = quoted[i] === 1 ? firstPersonBefore(analysis, i) : -1;
    if (quoted[i] === 1 && we < 0) continue;
    if ((phraseAt[i] ?? -1) >= 0 && !isNounTriggerCandidate(analysis, i)) continue;
    const match = matchAt(analysis, i, rules);
    if (!match) continue;
    // "If Russia attacked Poland, ...", "Would China invade Taiwan?": weighed or asked, not reported.
    if (i >= questionFrom || inCondition(analysis, i)) continue;
    const { compiled } = match;
    const quoteSpeaker = we >= 0 ? quotationSpeaker(analysis, reader, i) : null;
    if (we >= 0 && (quoteSpeaker === null || compiled.noun || compiled.rule.mediator)) continue;
    let sources: ActorRecord[] = [];
    let targets: ActorRecord[] = [];
    let subjectStart = i;
    let subjectPhrase = -1;
    const rootCode = compiled.rule.code.slice(0, 2);
    if (quoteSpeaker !== null) {
      // A clear speaker: one named actor with a country or an IGO, not a crowd of them.
      sources = groupActors(context, quoteSpeaker);
      if (sources.length !== 1) continue;
      subjectStart = we;
    } else if (compiled.rule.mediator) {
      if (match.target === null) continue;
      sources = groupActors(context, match.target);
      targets = partiesOf(context, out).filter((actor) => !sources.includes(actor));
      subjectStart = i;
    } else if (compiled.rule.reactionFrom) {
      // "Israel drew condemnation from France": the reactors come after the verb.
      if (match.target === null) continue;
      sources = groupActors(context, match.target);
      const reacted = reactedTo(context, reader, i, sources);
      targets = reacted.targets;
      subjectStart = reacted.subjectStart;
      if (targets.length === 0) continue;
    } else if (compiled.noun) {
      const owner = ownerOf(analysis, i);
      if (owner === null) continue;
      subjectStart = phrases[owner]?.start ?? i;
      // "threatened Israeli strikes", "calls for EU sanctions": named, but not reported as done.
      if (!nounEventAsserted(analysis, subjectStart, match.end)) continue;
      if (nounEventUndone(analysis, i)) continue;
      sources = groupActors(context, owner);
    } else if (compiled.rule.agreementBefore) {
      if (match.target === null || !agreementBefore(tokens, i)) continue;
      sources = groupActors(context, match.target);
      if (sources.length < 2) continue;
      // "Japan and the Philippines signed a pact ... The agreement was signed by Teodoro and Kamikawa":
      // the signing already told is not a new one.
      const countries = new Set(sources.map((source) => source.country));
      const told = context.history.some(
        (event) =>
          event.code === '057' && countries.has(event.source.country) && countries.has(event.target.country),
      );
      if (told) continue;
      subjectStart = i;
    } else if (reader.isPassive(i)) {
      const agent = reader.agent(i);
      const subject = reader.subject(i);
      if (agent === null) {
        // "X, the chairman of the opposition party, was arrested in April": the state arrested X.
        if (compiled.rule.code !== '173' || !subject) continue;
        targets = groupActors(context, subject.phrase);
        const state = arrestingState(context, i, subject.phrase, targets);
        if (state === null) continue;
        sources = [state];
        subjectStart = subject.start;
      } else {
        // "not recognised by any government": nobody in particular did it.
        if (NOBODY.has(tokens[(phrases[agent]?.start ?? 0) - 1]?.lower ?? '')) continue;
        sources = groupActors(context, agent);
        if (subject) {
          targets = groupActors(context, subject.phrase);
          subjectStart = subject.start;
        }
        // "The raid was condemned by Egypt": the reaction is aimed at whoever raided.
        if (targets.length === 0 && REACTION_ROOTS.has(rootCode)) {
          const act = doersOfActBefore(context, i, sources);
          targets = act.targets;
          if (targets.length > 0) subjectStart = act.subjectStart;
        }
        if (!subject && targets.length === 0 && (!compiled.rule.reciprocal || sources.length < 2)) continue;
        // "a treaty signed by France and Spain": the signatories act on each other.
      }
    } else {
      const subject =
        absoluteSubject(analysis, i) ?? participleSubject(analysis, reader, i) ?? reader.subject(i);
      if (!subject) continue;
      // "No country has recognised ...": a quantified nobody is no actor.
      if (NOBODY.has(tokens[(phrases[subject.phrase]?.start ?? 0) - 1]?.lower ?? '')) continue;
      // "analysts warn that ...": commentators explain the news; they are no party to it.
      if (COMMENTATOR_ROLES.has(phrases[subject.phrase]?.role?.toLowerCase() ?? '')) continue;
      const own = newClauseConjunct(analysis, subject.phrase);
      sources = groupActors(context, subject.phrase);
      subjectPhrase = subject.phrase;
      // "Police fired tear gas" at a protest outside a foreign mission: the host's police.
      if (compiled.rule.crowdTarget && match.target === null)
        sources = hostPolice(context, out, subject.phrase, sources) ?? sources;
      subjectStart = own ? (phrases[subject.phrase]?.start ?? subject.start) : subject.start;
    }
    if (!compiled.rule.mediator && !compiled.noun && quoteSpeaker === null)
      sources = speakerForOwnState(context, reader, subjectStart, sources);
    const allowed = compiled.rule.sourceSectors;
    if (allowed) sources = sources.filter((source) => allowed.includes(source.sector));
    if (sources.length === 0) continue;
    // "India rejected the accusation", "a charge Kigali denies": the act alleged, denied.
    let denial: AllegedAct | null = null;
    if (compiled.rule.deniesAccusation) {
      const shape = accusationShape(analysis, compiled.elements.length, subjectStart, match.end);
      const denies = tokens[i]?.lemma === 'deny' || tokens[i]?.lower === 'denies';
      const allegation = shape === null ? null : latestAllegation([...context.history, ...out], sources);
      denial = allegation?.alleged ?? null;
      if (allegation && denial) {
        // "a charge both governments have denied": only the accused denies the act alleged of it.
        const accused = allegation.accused;
        sources = sources.filter(
          (source) => source === accused || (source.country !== null && source.country === accused.country),
        );
        targets = denial.targets.filter((actor) => !sources.includes(actor));
      }
      // A rejection of what no coded act backs ("rejected all accusations of fraud") is a plain
      // rejection (120); a bare denial of it is nothing.
      else if (denies || shape === 'relative') continue;
      else {
        // "rejected accusations by Malian officials that ...": the rejection answers the claimant.
        const claimant = phraseAt[match.end + 1] ?? -1;
        const by = tokens[match.end]?.lower;
        if ((by === 'by' || by === 'from') && claimant >= 0) targets = groupActors(context, claimant);
      }
      if (denial && targets.length === 0) continue;
    }
    if (targets.length === 0) {
      const labelled = compiled.rule.noTrailingTarget === true;
      // "called Maduro a dictator": a label rule's target is the object inside the match, never after it.
      const inside = labelled ? reader.objectAfter(i + 1) : null;
      // "called them unfriendly": a pronoun there is the acts just named, not an actor.
      const insideTarget =
        inside !== null && (phrases[inside]?.start ?? match.end) < match.end && !phrases[inside]?.pronoun
          ? inside
          : null;
      const targetPhrase =
        match.target ?? (compiled.hasTarget ? null : labelled ? insideTarget : reader.objectAfter(match.end));
      // "called on all parties", "urged all sides": no one in particular is addressed.
      if (targetPhrase !== null && everyone(analysis, targetPhrase)) continue;
      // "called on his supporters to stay at home": a leader addressing his own camp is no exchange.
      if (targetPhrase !== null && ownFollowers(analysis, targetPhrase)) continue;
      if (targetPhrase !== null && compiled.rule.code === '018' && privateMourners(analysis, targetPhrase))
        continue;
      if (targetPhrase !== null) targets = groupActors(context, targetPhrase);
      const home = sources[0]?.country;
      // Not for yields: the captives a side releases are the other side's people.
      const vessel =
        targetPhrase !== null && VESSEL_ROLES.has(phrases[targetPhrase]?.role?.toLowerCase() ?? '');
      // "the navy seized two fishing boats off Jaffna": an unflagged craft is not the seizer's own
      // just because it was stopped in the seizer's waters.
      if (vessel && phrases[targetPhrase ?? -1]?.country === null)
        targets = targets.filter((actor) => !sources.some((source) => source.country === actor.country));
      if (targetPhrase !== null && targets.length === 0 && home && rootCode !== '08' && !vessel) {
        // "Turkish police detained protesters": unplaced domestic actors are the source's compatriots;
        // force used abroad ("shelled Kharkiv, killing three civilians") hits the people where it lands.
        const abroad = /^(17|18|19|20)/.test(rootCode) ? sceneAbroad(context, out, sources, i, home) : null;
        targets = context.resolveIn(targetPhrase, abroad ?? home);
      }
      if (targetPhrase !== null && subjectPhrase >= 0)
        tieToOpponent(context, rootCode, sources, targets, subjectPhrase, targetPhrase);
    }
    // "Russia and Ukraine exchanged 303 prisoners": a coordinated subject's swap is between its members.
    const swapWithin = compiled.rule.reciprocal === true && sources.length > 1;
    // "recalled its ambassador": the envoy is the source's own, never the target.
    const ownEnvoy = compiled.rule.counterpartTarget === true;
    if (targets.length === 0 && match.headPhrase !== null && !swapWithin && !ownEnvoy) {
      // "expelled five Russian diplomats": the phrase holding the word is the target, unless it is
      // the source's own (its own forces deployed).
      const home = new Set(sources.map((source) => source.country));
      targets = groupActors(context, match.headPhrase).filter((actor) => !home.has(actor.country));
      const own = sources[0]?.country;
      if (
        targets.length === 0 &&
        own &&
        rootCode === '08' &&
        ownInmates(context, match.headPhrase, sources, own)
      )
        targets = context.resolveIn(match.headPhrase, own);
    }
    if (compiled.rule.holderTarget) {
      // Nobody demands the release of whom it holds itself: the subject was misread.
      const holder = latestHolding(context)?.source;
      if (holder && sources.some((source) => source.country === root(holder).country)) continue;
      const home = new Set(sources.map((source) => source.country));
      targets = targets.filter((actor) => !home.has(actor.country));
      if (targets.length === 0) targets = holdersOf(context, sources);
    }
    if (targets.length === 0 && compiled.rule.courtTarget) {
      // "the ruling party", "the ruling coalition": an adjective, not a court's decision.
      const after = tokens[match.end];
      if (after?.pos === 'NOUN' || after?.pos === 'PROPN') continue;
      const court = context.court?.() ?? null;
      if (court) targets = [court];
    }
    if (targets.length === 0 && compiled.rule.counterpartTarget)
      targets = counterpartOf(context, out, sources);
    if (targets.length === 0 && compiled.rule.crowdTarget)
      targets = crowdOf(context, out, i, sources, dispersed(context, reader, match.end));
    if (targets.length === 0 && compiled.rule.victimTarget) targets = victimsOf(context, sources);
    if (targets.length === 0 && compiled.rule.beneficiaryTarget) targets = beneficiariesOf(context, sources);
    if (targets.length === 0 && compiled.rule.partiesTarget) {
      targets = partiesOf(context, out).filter((actor) => !sources.includes(actor));
    }
    const pairsWithin = compiled.rule.reciprocal === true && sources.length > 1;
    if (targets.length === 0 && compiled.rule.code === '030' && tokens[i]?.lemma === 'agree')
      targets = agreedActCounterpart(context, match.end, sources);
    if (targets.length === 0 && !pairsWithin) targets = referredActors(context, i + 1, match.end, sources);
    if (targets.length === 0 && compiled.rule.noTrailingTarget)
      targets = labelledPronounDoer(context, out, i, sources);
    if (targets.length === 0 && !pairsWithin && RELATIVE_OBJECT_ROOTS.has(rootCode)) {
      // "a launch that South Korea condemned": the object is the noun the clause hangs on.
      targets = relativeObjectDoers(context, reader, subjectStart, match.end, sources);
    }
    if (targets.length === 0 && compiled.rule.domesticTarget) {
      // "Thousands of protesters marched against a finance bill": the protest is aimed at the government.
      for (const source of sources) {
        if (source.country && PROTESTING_SECTORS.has(source.sector))
          targets.push(context.stateOf(source.country));
      }
    }
    // "pulled out of a forum in Cape Town": a gathering's host is the country of the place named after it.
    const hosted = compiled.rule.hostTarget === true;
    // "Israeli troops raided a village in southern Lebanon": an armed raid or storming (armedCode) is
    // force like a strike, so a place named after it gives the target as it does for "shelled Kharkiv".
    // "raided Jenin to arrest militants": a purpose names the act, so the raid itself stays uncoded.
    const armedAct =
      compiled.rule.armedCode !== undefined &&
      sources.length > 0 &&
      sources.every((source) => ARMED_SECTORS.has(source.sector)) &&
      !statesPurpose(reader, i, match.end);
    if (targets.length === 0 && (PLACE_TARGET_ROOTS.has(rootCode) || hosted || armedAct)) {
      // "struck targets in Houthi-controlled areas of Yemen", "shelled Kharkiv": the place's country.
      const from = match.target !== null ? (phrases[match.target]?.start ?? match.end) : match.end;
      // A host is a country: "the Forum on Africa holding in Cape Town" passes over the continent.
      // Not past the next verb: in "The strike on Kharkiv drew criticism from Germany" the critic is no place hit.
      let until = Math.max(from, match.end);
      while (until < Math.min(tokens.length, from + 12) && tokens[until]?.pos !== 'VERB') until++;
      const place = context.places.find(
        (mention) => mention.token >= from && mention.token < until && (!hosted || mention.location.country),
      );
      if (place?.location.country) targets.push(context.stateOf(place.location.country));
      else {
        for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
          const p = phraseAt[k] ?? -1;
          const phrase = phrases[p];
          if (phrase?.state && phrase.country && phrase.start === k) {
            targets.push(context.stateOf(phrase.country));
            break;
          }
          // "shelled Kharkiv", "bombed Aleppo": a place named as the object.
          const where =
            phrase?.personName && !phrase.role && phrase.start === k
              ? context.placeOf(phrase.personName)
              : null;
          if (where) {
            targets.push(context.stateOf(where));
            break;
          }
          const lower = tokens[k]?.lower;
          if (lower === ';' || lower === ',' || tokens[k]?.pos === 'VERB') break;
        }
      }
      // A summit at home is no boycott of a foreign host; a raid at home names no side it is aimed at.
      if (hosted || (armedAct && !PLACE_TARGET_ROOTS.has(rootCode)))
        targets = targets.filter((actor) => !sources.some((source) => source.country === actor.country));
    }
    if (targets.length === 0 && INSURGENCY_ROOTS.has(rootCode) && sources.length > 0) {
      // "BLA fighters hijacked a passenger train": an insurgent attack on no one named is aimed at the
      // state it fights at home (armed groups take the country where they fight).
      // Only where the story puts the act at home: a place in the sentence, else the dateline.
      const homes = new Set(sources.map((source) => (source.sector === 'REB' ? source.country : null)));
      const [only] = [...homes];
      const scene = nearestPlace(context.places, i)?.location.country ?? context.datelineLocation?.country;
      if (homes.size === 1 && only && scene === only) targets.push(context.stateOf(only));
    }
    if (rootCode === '13' && targets.length > 0) {
      // "Aliyev warned that his forces would respond": a threat never aims at the speaker's own side;
      // it is aimed at the opponent in the latest exchange, or at no one when that is unknown.
      // A government warning its own opposition or protesters ("will face the full force of the law")
      // is a domestic threat of repression, kept as it is.
      const own = new Set(sources.map((source) => source.country));
      const state = sources.every((source) => STATE_ARMS.has(source.sector));
      const sameSide = (target: ActorRecord): boolean =>
        own.has(target.country) && (!state || STATE_ARMS.has(target.sector));
      if (targets.every(sameSide)) targets = conflictOpponents(context, own);
    }
    const pairs: Array<[ActorRecord, ActorRecord]> = [];
    const skipped = compiled.rule.skipTargetSectors;
    if (skipped) targets = targets.filter((target) => !skipped.includes(target.sector));
    if (targets.length === 0 && compiled.rule.reciprocal && sources.length > 1) {
      for (const a of sources)
        for (const b of sources) if (a !== b && !selfEvent(a, b, rootCode)) pairs.push([a, b]);
    } else {
      // "visited Chinese engineers at the gas field": a visit is to a host country, never to compatriots.
      const visit = compiled.rule.code === '042' || compiled.rule.code === '043';
      for (const a of sources)
        for (const b of targets)
          if (
            a !== b &&
            !sameGovernment(a, b) &&
            !selfEvent(a, b, rootCode) &&
            !(visit && a.country !== null && a.country === b.country)
          )
            pairs.push([a, b]);
    }
    if (pairs.length === 0) continue;
    // Only a match that codes something owns its span: a rule whose gap ran over another trigger
    // ("used water cannon to disperse protesters ... on Saturday") and found no target leaves it.
    consumedUntil = match.end;
    const purposeHead = compiled.noun ? null : reader.purposeHead(i);
    if (restatesPurposeHead(out, purposeHead, pairs, rootCode)) continue;
    // "will send troops to attack": a purpose shares the mode and negation of the act it is the purpose of.
    const found = reader.modeOf(subjectStart, purposeHead ?? i);
    // A wish to cooperate is an intent (03x); a wish to harm, told by anyone, is no event.
    if (found.desired && !compiled.rule.mode && !COOPERATIVE_ROOTS.has(rootCode)) continue;
    // "Algeria, which supports the Polisario Front, ...": a standing relation told as background.
    if (!compiled.noun && characterizingRelative(tokens, i)) continue;
    // "which has brokered previous truces": acts of the past in general, not news.
    if (EARLIER_OBJECT.has(tokens[i + 1]?.lower ?? '')) continue;
    // "helped broker the deal" makes the helper a mediator; "had helped fight jihadists" is support
    // for someone else's fight, not the helper's own attack.
    if (tokens[i - 1]?.lemma === 'help' && isConflictRoot(rootCode)) continue;
    // "demanded that Ankara withdraw its forces": what is demanded is not reported as done.
    if (!compiled.noun && mandatedBefore(analysis, subjectStart, i)) continue;
    let mode = compiled.rule.mode ?? (found.desired ? 'planned' : found.mode);
    // "warned that Moscow could restrict entry": a possible harm held over someone is a threat.
    if (mode === 'possible' && !COOPERATIVE_ROOTS.has(rootCode)) {
      const warner = warnerOf(reader, analysis, subjectStart);
      const own = warner === null ? [] : groupActors(context, warner).map((actor) => actor.country);
      if (sources.every((source) => source.country !== null && own.includes(source.country)))
        mode = 'threatened';
    }
    // "could expel", "tried to block": an option or an attempt, not an act.
    if (mode === 'possible') continue;
    // "analysts warn that Moscow would ...": a commentator's forecast is no side's threat or intent.
    if (mode !== 'actual' && toldByCommentator(reader, analysis, subjectStart)) continue;
    const denied =
      compiled.rule.denial === true || denial !== null || found.negated || reader.negatedBefore(subjectStart);
    // "did not deny involvement": no act is denied, nor admitted.
    if ((compiled.rule.denial || denial) && (found.negated || found.refused)) continue;
    // "did not comment" is no event at all.
    if (denied && rootCode === '01') continue;
    // "has not yet responded": nothing has happened so far, which is no denial of an act either.
    if (denied && tokens.slice(subjectStart, i).some((token) => token.lower === 'yet')) continue;
    // "has yet to sign", "is yet to agree": what has not happened is no event, not even a denied one.
    if (tokens[i - 1]?.lower === 'to' && tokens[i - 2]?.lower === 'yet') continue;
    // "does not recognise the Taliban": a standing policy told as background, not a refusal made now.
    if (denied && rootCode === '05' && standingNegation(tokens, subjectStart, i)) continue;
    if (compiled.rule.negatedOnly && !denied && !found.refused) continue;
    if (compiled.rule.intentOnly && !found.desired && found.mode !== 'planned') continue;
    // "took countermeasures" is whatever was done; only "would take" / "vowed to take" threatens.
    if (compiled.rule.promiseOnly && !found.desired && mode !== 'future' && mode !== 'planned') continue;
    // A refusal rule's code already says "refused": it is neither negated nor transformed.
    const adjusted = denial
      ? { code: denial.code, negated: true }
      : compiled.rule.negatedOnly
        ? { code: compiled.rule.code, negated: false }
        : adjustCode(compiled.rule.code, mode, denied, found.refused);
    const alleged = compiled.rule.allegesAct
      ? allegedAct(
          context,
          reader,
          rules,
          match.end,
          pairs.map(([, accused]) => accused),
        )
      : null;

    const dated = dateAt(context.dates, i, mode === 'future' || mode === 'planned', context.published);
    let date: string | null = null;
    let datePrecision: DatePrecision | null = null;
    if (dated) {
      date = dated.date;
      datePrecision = dated.precision;
    } else if (
      context.published &&
      (mode === 'actual' ||
        mode === 'threatened' ||
        mode === 'proposed' ||
        adjusted.code !== compiled.rule.code)
    ) {
      const fallback = fallbackDay(tokens, i, context.scene ?? null, context.published);
      date = fallback?.date ?? null;
      datePrecision = fallback?.precision ?? null;
    }
    const place = nearestPlace(context.places, i);
    const location = place?.location ?? context.datelineLocation;
    const trigger = tokens
      .slice(i, Math.min(match.end, i + 6))
      .map((token) => token.text)
      .join(' ');
    for (const [source, target] of pairs) {
      const civilian = compiled.rule.civilianCode && (source.sector === 'CVL' || source.sector === 'OPP');
      const armed = compiled.rule.armedCode && ARMED_SECTORS.has(source.sector);
      out.push({
        source,
        target,
        code: civilian
          ? (compiled.rule.civilianCode as string)
          : armed
            ? (compiled.rule.armedCode as string)
            : repressionCode(adjusted.code, tokens, i, match.end, [source]),
        rule: compiled.rule.id,
        trigger,
        triggerToken: i,
        date,
        datePrecision,
        location,
        negated: adjusted.negated,
        mode,
        ...(alleged ? { alleged } : {}),
      });
      if (out.length >= context.maxEvents) break;
    }
    if (ACCUSABLE_ROOTS.has(adjusted.code.slice(0, 2)) && !adjusted.negated) {
      // "The White House said North Korea had delivered arms": the speaker accuses the doer (112).
      const speaker = speakerOf(reader, analysis, subjectStart);
      if (speaker !== null) {
        for (const accuser of groupActors(context, speaker)) {
          for (const [accused] of pairs) {
            if (accuser.country && accused.country && accuser.country !== accused.country) {
              out.push({
                source: accuser,
                target: accused,
                code: '112',
                rule: 'reported-accusation',
                trigger,
                triggerToken: i,
                date,
                datePrecision,
                location,
                negated: false,
                mode: 'actual',
              });
            }
          }
        }
      }
    }
  }
  // "rejected accusations that it had shelled Odesa": the act denied in the clause is the event,
  // not a second, plain rejection of the accusation.
  return out.filter(
    (event) =>
      event.rule !== 'deny-accusation' ||
      event.negated ||
      !out.some(
        (other) =>
          other.negated &&
          other.triggerToken > event.triggerToken &&
          root(other.source) === root(event.source),
      ),
  );
};
