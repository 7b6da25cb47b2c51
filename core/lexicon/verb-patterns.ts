import { SECTORS, type Sector } from '../model/common';
import { EVENT_NOUN_RULES, eventNounVerbRules } from './event-noun-rules';
import type { EventMode } from './verb-pattern-types';

/**
 * The verb-pattern lexicon: which words, in which arrangement, report which CAMEO event.
 *
 * Pattern syntax (space-separated elements, matched left to right from the trigger):
 *   first element   the trigger: a lemma, or alternatives `a|b`; `:n` makes it a noun trigger
 *                   (otherwise it must be tagged as a verb). The source is the trigger's subject
 *                   (for nouns: the possessor or the actor right before it).
 *   word, a|b       a literal, matched on lemma or lowercase form; up to three fillers (determiners,
 *                   adjectives, adverbs, numbers) may come before it.
 *   $CLASS          any word of a word class (word-classes.ts), fillers allowed before it.
 *   +               the target: an actor phrase starts here (fillers allowed before it).
 *   *               a gap of up to eight tokens that does not cross a clause boundary.
 * A pattern with no `+` takes as target the first actor phrase after the match in the same clause.
 * When several rules match one trigger, the one with the most elements wins (then the first listed).
 *
 * Every rule carries an example sentence that must code to the rule (checked by a lint test).
 */
export interface VerbRule {
  id: string;
  code: string;
  pattern: string;
  example: string;
  notes?: string;
  /** Coordinated subject and no target ("X and Y met"): each member acts on each other member. */
  reciprocal?: boolean;
  /** A rule can fix the mode (threats are coded as what was threatened only via 13x codes). */
  mode?: EventMode;
  /** No target named: the act is aimed at the source's own government ("protesters marched"). */
  domesticTarget?: boolean;
  /** Code to use instead when civilians do it ("protesters clashed with police" is a riot, 145). */
  civilianCode?: string;
  /** Only a refusal is an event ("would not accept"); the plain verb is too vague to code. */
  negatedOnly?: boolean;
  /** Only a wish or readiness is an event ("is willing to work with"); done, the verb is too vague. */
  intentOnly?: boolean;
  /** Only a promise or plan is an event ("would take measures" threatens); the act done is another code. */
  promiseOnly?: boolean;
  /** Only these source sectors do this act ("inspected" is an investigation only for an IGO). */
  sourceSectors?: readonly Sector[];
  /** Targets of these sectors are dropped ("asked parliament to approve" is procedure, not an appeal). */
  skipTargetSectors?: readonly Sector[];
  /**
   * The `+` actor is the mediator and the source; the targets are the parties: the actors after
   * "between" in the sentence, else the two sides of the latest exchange ("talks mediated by Angola").
   */
  mediator?: boolean;
  /** With no target named, the act concerns the two sides of the latest exchange ("Qatar brokered the truce"). */
  partiesTarget?: boolean;
  /**
   * With no target named, the target is who suffered the act referred to ("claimed responsibility for
   * the attack": the side attacked), else the state where the claimant operates.
   */
  victimTarget?: boolean;
  /**
   * With no target named, aid goes to the other country named in the sentence ("expressed solidarity
   * with the Cuban people and pledged to send generators"), else to the country the story is about.
   */
  beneficiaryTarget?: boolean;
  /**
   * The target is who holds what must be given up, never the source's own people: the actor of the
   * latest seizure, arrest or abduction, else another country named in the sentence ("demanded their release").
   */
  holderTarget?: boolean;
  /**
   * The target is named before the end of the match or by the act it refers to, never by an actor
   * after it: in "called it an act of aggression against Ukraine" Ukraine is the victim, not the criticized.
   */
  noTrailingTarget?: boolean;
  /**
   * With no target named, the target is the crowd: protesters named earlier in the sentence, else
   * the crowd of the latest protest in the story ("Protesters marched ... Police fired tear gas.").
   */
  crowdTarget?: boolean;
  /**
   * Passive signing: the trigger follows an agreement noun ("a convention signed by France and Spain")
   * and the `+` actors (two or more) are the signatories, each acting on the others.
   */
  agreementBefore?: boolean;
  /** With no target named, the target is the court that ruled: the latest court named in the story. */
  courtTarget?: boolean;
  /**
   * The clause must end right after the target (a time, a purpose "to discuss", or punctuation may
   * follow): "called Modi on Thursday" is a phone call, "called Modi a liar" is not.
   */
  endsAtTarget?: boolean;
  /**
   * With no target named, the other side of the latest exchange the source's country took part in,
   * in this sentence first ("expelled Algerian diplomats and recalled its ambassador").
   */
  counterpartTarget?: boolean;
  /**
   * The trigger denies the act the rule codes ("denied involvement in the attack"): the event is the
   * act, negated.
   */
  denial?: boolean;
  /**
   * The trigger denies an accusation ("rejected the accusation", "denied any role", "a charge Kigali
   * denies"): the event is the act the latest accusation against the source alleged, negated, aimed
   * where that act was. With no such accusation, a rejection keeps the rule's code and a denial codes nothing.
   */
  deniesAccusation?: boolean;
  /** "accused India of backing the rebels": the -ing act after the match is what the accused is said to have done. */
  allegesAct?: boolean;
  /** With no target named, the target is the state of the place named after the match: the host of a gathering. */
  hostTarget?: boolean;
  /** Code to use instead when an army or armed group does it ("troops stormed the camp" is fighting, 190). */
  armedCode?: string;
  /**
   * A reaction told from the side of whom it is aimed at ("Israel drew condemnation from France"): the
   * `+` actors are the sources; the target is the subject when it is an actor, else the doer of the act
   * the subject names ("The strike drew condemnation from France": who struck).
   */
  reactionFrom?: boolean;
}

/** Who speaks for a side in talks: "the army will continue to engage the militants" is fighting. */
const DIPLOMATS: readonly Sector[] = ['GOV', 'IGO', 'LEG', 'OPP'];
/** A government asking its legislature to pass something is procedure, not an appeal between actors. */
const LEGISLATURES: readonly Sector[] = ['LEG'];
/** Round 20: a newsroom asking an official to comment is reporting, not an appeal. */
const NOT_PRESS: readonly Sector[] = SECTORS.filter((sector) => sector !== 'MED');

const r = (
  id: string,
  code: string,
  pattern: string,
  example: string,
  extra: Partial<
    Pick<
      VerbRule,
      | 'notes'
      | 'reciprocal'
      | 'mode'
      | 'domesticTarget'
      | 'civilianCode'
      | 'negatedOnly'
      | 'intentOnly'
      | 'promiseOnly'
      | 'sourceSectors'
      | 'skipTargetSectors'
      | 'mediator'
      | 'partiesTarget'
      | 'victimTarget'
      | 'beneficiaryTarget'
      | 'holderTarget'
      | 'noTrailingTarget'
      | 'crowdTarget'
      | 'agreementBefore'
      | 'courtTarget'
      | 'endsAtTarget'
      | 'counterpartTarget'
      | 'denial'
      | 'deniesAccusation'
      | 'allegesAct'
      | 'hostTarget'
      | 'armedCode'
      | 'reactionFrom'
    >
  > = {},
): VerbRule => ({ id, code, pattern, example, ...extra });

export const VERB_RULES: readonly VerbRule[] = [
  // 01 Make public statement
  r('comment-on', '010', 'comment on +', 'Japan commented on China on Monday.'),
  r('warn', '130', 'warn +', 'France warned Iran on Monday that time was running out.', {
    notes: 'Wire copy\'s "warned X that ..." is a threat in CAMEO terms (13x); force words make it 138.',
  }),
  r(
    'warn-force',
    '138',
    'warn|caution + * force|military|retaliation|retaliate|respond|defend|strike|attack|war|response',
    'India warned Pakistan that it would respond with force.',
  ),
  r('decline-comment', '011', 'decline to comment on +', 'Germany declined to comment on Turkey on Monday.'),
  r(
    'deny-responsibility',
    '016',
    'deny responsibility for * +',
    'Iran denied responsibility for the attack on Israel.',
  ),
  r(
    'claim-responsibility',
    '015',
    'claim responsibility for * +',
    'Hamas claimed responsibility for the attack on Israel.',
  ),
  r(
    'claim-responsibility-act',
    '015',
    'claim responsibility for',
    'JNIM fighters attacked an army base in Burkina Faso. JNIM claimed responsibility for the attack.',
    { victimTarget: true },
  ),
  r(
    'condolences',
    '018',
    'offer|express|send condolences to +',
    'Japan offered condolences to Turkey after the earthquake.',
  ),
  r(
    'express-sympathy',
    '018',
    'express|voice|offer sympathy to|with|for +',
    'Japan expressed sympathy with Turkey after the earthquake.',
    { notes: 'Sympathy is an empathetic comment (CAMEO 018).' },
  ),
  r(
    'express-solidarity',
    '051',
    'express|voice|declare|reaffirm solidarity with|to|for +',
    'Venezuela expressed solidarity with Cuba on Monday.',
    {
      notes: 'Solidarity takes a side: support (051), as the dev3 gold codes it, not a mere empathetic 018.',
    },
  ),
  r(
    'voice-support',
    '051',
    'voice|express|reiterate|reaffirm|declare|offer support for|to +',
    'China expressed support for Russia on Tuesday.',
  ),
  r(
    'praise-ruling',
    '051',
    'praise|laud|hail|commend|welcome|applaud ruling|verdict|judgment|judgement',
    'The International Court of Justice ruled on Monday. Gabon hailed the ruling.',
    { courtTarget: true, notes: 'Approval of a ruling is approval of the court that gave it.' },
  ),
  r('welcome', '051', 'welcome +', 'Egypt welcomed Qatar on Tuesday as a mediator.', {
    notes: 'Welcoming an actor or its move is praise/endorsement.',
  }),
  // 02 Appeal
  r('appeal-to', '020', 'appeal to +', 'Pope Francis appealed to Russia and Ukraine to negotiate.'),
  r('call-on', '020', 'call on|upon +', 'The European Union called on Israel to investigate the deaths.'),
  r('urge', '020', 'urge +', 'Germany urged Iran on Monday to cooperate with inspectors.'),
  r(
    'urge-talks',
    '026',
    'urge + to * resume|hold|return|negotiate|talk|meet',
    'Germany urged Iran to resume talks.',
  ),
  r('call-for-talks-with', '026', 'call for $TALKS with +', 'Serbia called for talks with Kosovo on Monday.'),
  r(
    'request-meeting',
    '026',
    'request|seek|call * meeting|session|consultations of +',
    'Russia requested an emergency meeting of the U.N. Security Council.',
  ),
  r('ask-for-aid', '023', 'ask|appeal + for $AID', 'Ukraine asked Germany for more aid on Monday.'),
  r(
    'ask-for-support',
    '023',
    'ask|request|seek + for * support|help|assistance|backing',
    'Somalia has asked Egypt for military support.',
  ),
  r(
    'ask-for-arms',
    '0212',
    'ask|appeal|request + for $ARMS',
    'Ukraine asked the United States for more weapons.',
  ),
  r('request-arms', '0212', 'request $ARMS from +', 'Ukraine requested air defense systems from Germany.'),
  r(
    'ask-extradition',
    '021',
    'ask|request|urge|press + to * extradite|deport|surrender|repatriate',
    'Turkey asked Sweden to extradite the Kurdish activists.',
    { notes: 'A request to hand a person over is an appeal for judicial cooperation (0214).' },
  ),
  r(
    'ask-red-notice',
    '021',
    'ask|request|urge + to * issue * notice|notices',
    'Peru asked Interpol to issue a red notice for the former president.',
  ),
  r(
    'urge-yield',
    '025',
    'call|appeal on|upon|to + to * release|free|stop|halt|end|withdraw|restraint|de-escalate|lift|ease|allow|ceasefire|truce',
    'The United Nations called on Israel to agree a ceasefire.',
    { notes: 'Appeals for restraint, release or de-escalation (025).' },
  ),
  r(
    'urge-yield-direct',
    '025',
    'urge + to * release|free|stop|halt|end|withdraw|restraint|de-escalate|lift|ease|allow',
    'Germany urged Iran to release the detained journalists.',
  ),
  r('plead', '020', 'plead with +', 'Sudan pleaded with Egypt to open the border.'),
  r('press', '020', 'press +', 'The United States pressed China to rein in North Korea.'),
  // 03 Express intent to cooperate
  r('pledge-to', '030', 'pledge|promise|vow to +', 'Japan pledged to South Korea that it would cooperate.'),
  r(
    'pledge-support',
    '030',
    'pledge|promise support for|to +',
    'France pledged support for Ukraine on Monday.',
  ),
  r(
    'pledge-aid',
    '033',
    'pledge|promise|announce * $AID * to|for +',
    'Japan pledged humanitarian aid to Turkey on Tuesday.',
  ),
  r(
    'pledge-money',
    '033',
    'pledge|promise * $MONEY * to|for +',
    'Saudi Arabia pledged $2 billion in loans to Egypt.',
  ),
  r(
    'pledge-arms',
    '031',
    'pledge|promise $ARMS to|for +',
    'Germany promised more tanks to Ukraine on Monday.',
  ),
  r('offer-aid', '033', 'offer $AID to +', 'China offered aid to Pakistan after the floods.'),
  r(
    'approve-aid',
    '070',
    'approve|adopt|unveil * $AID * for|to +',
    'The European Union approved a new aid package for Ukraine.',
    { notes: 'An aid package approved for a country is the giving of aid (070), as the dev2 gold codes it.' },
  ),
  r(
    'offer-aid-untargeted',
    '033',
    'offer|pledge|promise $AID',
    'HAVANA (AP) — A blackout hit Cuba and Cuban hospitals closed. Mexico offered humanitarian assistance.',
    { beneficiaryTarget: true, notes: 'The aid is for the country the story is about.' },
  ),
  r(
    'offer-to-host-untargeted',
    '036',
    'offer|propose to host * $TALKS',
    "Sudan's army fought Sudanese rebels in Khartoum. Saudi Arabia offered to host a new round of talks.",
    { beneficiaryTarget: true, notes: 'Hosting talks for the country at war: intent to meet it (036).' },
  ),
  r(
    'offer-talks',
    '036',
    'offer|propose $TALKS with +',
    'Russia proposed talks with North Korea on Thursday.',
  ),
  r(
    'offer-to-mediate',
    '039',
    'offer to mediate between +',
    'Turkey offered to mediate between Russia and Ukraine.',
  ),
  r(
    'offer-to-host-talks',
    '039',
    'offer|propose to host $TALKS between +',
    'Kazakhstan offered to host talks between Armenia and Azerbaijan.',
    { notes: 'Hosting talks between two parties is an offer of mediation (039), one event per party.' },
  ),
  r(
    'offer-to-mediate-parties',
    '039',
    'offer to mediate',
    'Ethiopian and Eritrean troops clashed on Monday. Kenya offered to mediate on Friday.',
    {
      partiesTarget: true,
      notes:
        '"offered to mediate between the two governments": the parties are those of the latest exchange.',
    },
  ),
  r('offer-to-meet', '036', 'offer|propose to meet +', 'Putin offered to meet Zelenskyy in Istanbul.'),
  r('invite-visit', '036', 'invite + to visit', 'Lavrov invited Choe Son Hui to visit Moscow on Thursday.', {
    notes: 'An invitation is the intent to host a meeting (036), the visit itself is 042/043.',
  }),
  r('invite', '036', 'invite +', 'China invited Brazil to a summit in Beijing.'),
  r('agree-to-talks', '036', 'agree to * $TALKS with +', 'Serbia agreed to hold talks with Kosovo.'),
  r('agree-to-talks-reciprocal', '036', 'agree to * $TALKS', 'Serbia and Kosovo agreed to hold talks.', {
    reciprocal: true,
  }),
  r('agree-to-meet', '036', 'agree to meet +', 'Putin agreed to meet Erdogan next month.'),
  r('agree-to-meet-reciprocal', '036', 'agree to meet', 'Putin and Erdogan agreed to meet next month.', {
    reciprocal: true,
  }),
  r('negotiate-reciprocal', '046', 'negotiate', 'Israel and Hamas negotiated through Qatari mediators.', {
    reciprocal: true,
  }),
  r(
    'agree-to-cooperate',
    '030',
    'agree to cooperate|work with +',
    'India agreed to cooperate with Japan on defense.',
  ),
  r(
    'agree-to-set-up-with',
    '030',
    'agree to set|establish|create|build|form|open * with +',
    'Iraq agreed to set up joint coordination centres with Turkey.',
    { notes: 'Agreeing to build something together with another side is intent to cooperate (030).' },
  ),

  r('seek-ties', '032', 'seek * $TIES with +', 'Saudi Arabia is seeking closer ties with Israel.'),
  r('support', '051', 'support|back|endorse +', 'Russia fully supports North Korea, Lavrov said.', {
    notes: 'Verbal support or endorsement (051). Material support is 07x and needs an object class.',
  }),
  r('throw-weight-behind', '051', 'throw weight behind +', 'Russia threw its weight behind Serbia.', {
    notes: 'Idiom for public backing; never a use of force.',
  }),
  // 04 Consult
  r('meet', '040', 'meet +', 'Lavrov met North Korean leader Kim Jong Un in Pyongyang.'),
  r('meet-with', '040', 'meet with +', 'Blinken met with Chinese President Xi Jinping in Beijing.'),
  r('meet-reciprocal', '040', 'meet', 'Putin and Kim Jong Un met at the Vostochny Cosmodrome.', {
    reciprocal: true,
  }),
  r('talk-with', '040', 'talk|speak with|to +', 'Macron spoke with Zelenskyy on Monday.'),
  r(
    'talk-by-phone',
    '041',
    'talk|speak by|over phone|telephone with +',
    'Biden spoke by phone with Xi Jinping.',
  ),
  r('call-phone', '041', 'call +', 'Lula called Modi on Thursday to discuss the tariffs.', {
    endsAtTarget: true,
    notes: 'A bare "called X" with nothing after the actor but a time or a purpose is a phone call.',
  }),
  r('phone', '041', 'phone|telephone +', 'Scholz phoned Putin on Friday.', {
    notes: '"call" alone is a phone call only when its object is an actor; "call on/for" are other rules.',
  }),
  r(
    'phone-call-with',
    '041',
    'hold|have phone|telephone call|talks|conversation with +',
    'Erdogan held a phone call with Putin.',
  ),
  r('visit', '042', 'visit +', 'Blinken visited China on Monday.'),
  r(
    'send-delegation',
    '042',
    'send|dispatch * delegation|envoy|envoys|mission|emissary * to +',
    'The African Union sent a delegation to Khartoum on Monday.',
    { notes: 'A delegation sent is a visit by the sender; announced, it is an intent to meet (036).' },
  ),
  r(
    'arrive-in',
    '042',
    'arrive in|at +',
    'Russian Foreign Minister Sergey Lavrov arrived in North Korea on Wednesday.',
  ),
  r('travel-to', '042', 'travel|fly|head to +', 'Blinken traveled to Israel on Monday.'),
  r('go-to', '042', 'go|journey to +', 'The Indian foreign minister went to Beijing on Monday.', {
    sourceSectors: ['GOV', 'MIL', 'IGO', 'LEG', 'UNK'],
    notes: 'Officials going to a country visit it; crowds and migrants going somewhere do not.',
  }),

  r('host', '043', 'host|receive|welcome + in|at', 'Xi Jinping hosted Putin in Beijing on Tuesday.'),
  r('host-plain', '043', 'host +', 'China hosted Brazil for talks on Tuesday.'),

  r('hold-talks', '046', 'hold|conduct $TALKS with +', 'Lavrov held talks with Choe Son Hui on Thursday.'),
  r(
    'hold-talks-reciprocal',
    '046',
    'hold|conduct $TALKS',
    'Lavrov and North Korean Foreign Minister Choe Son Hui held talks on Thursday.',
    {
      reciprocal: true,
    },
  ),
  r('negotiate', '046', 'negotiate with +', 'Ukraine negotiated with Russia over grain exports.'),
  r('discuss-with', '040', 'discuss * with +', 'Lavrov discussed security issues with Kim Jong Un.'),
  r(
    'discuss-reciprocal',
    '040',
    'discuss',
    'Lavrov and North Korean Foreign Minister Choe Son Hui discussed economic cooperation.',
    {
      reciprocal: true,
    },
  ),
  r(
    'exchange-views',
    '040',
    'exchange view|views|opinion|opinions * with +',
    'Lavrov exchanged views with Kim Jong Un.',
  ),
  r(
    'exchange-views-reciprocal',
    '040',
    'exchange view|views|opinion|opinions',
    'Lavrov and Kim Jong Un exchanged views.',
    {
      reciprocal: true,
    },
  ),
  r('greet', '040', 'greet +', 'Kim Jong Un greeted Lavrov at the airport.'),
  r('consult', '040', 'consult with +', 'France consulted with Germany before the vote.'),
  r('mediate', '045', 'mediate between +', 'Qatar mediated between Israel and Hamas.'),
  r(
    'broker-between',
    '045',
    'broker|mediate * between +',
    'Qatar brokered a truce between Israel and Hamas on Friday.',
  ),
  r(
    'broker',
    '045',
    'broker',
    'Israel and Hamas negotiated for weeks. Egypt and Qatar brokered the ceasefire.',
    {
      partiesTarget: true,
      notes: 'The parties are those of the latest exchange (the lint example has none: see the unit tests).',
    },
  ),
  r(
    'mediated-by',
    '045',
    'mediate|broker|facilitate by +',
    'The talks between Israel and Hamas were mediated by Qatar.',
    { mediator: true, notes: 'Passive or reduced relative: "talks mediated by Angolan President Lourenco".' },
  ),

  // 05 Engage in diplomatic cooperation
  r('praise', '051', 'praise|laud|hail|commend +', 'Lavrov praised North Korea for its support.'),
  r('thank', '051', 'thank +', 'Zelenskyy thanked Germany for its support.'),
  r('stand-by', '051', 'stand by|behind +', 'Russia said it stood by Serbia.', {
    notes: 'Standing by an actor is verbal support (051).',
  }),
  r(
    'stand-by-ally',
    '051',
    'stand by|behind ally|allies|partner|partners|friend|friends +',
    'Moscow stood by its ally Syria.',
    {
      notes: '"stood firmly behind its longtime partner Serbia": the relation noun names who is backed next.',
    },
  ),
  r('congratulate', '051', 'congratulate|salute +', 'Kenya congratulated Ghana on its peaceful election.', {
    notes: 'Congratulations on a vote or a deal are approval of the other side (051).',
  }),
  r('defend', '052', 'defend +', 'China defended Russia at the United Nations.'),
  r('recognize', '054', 'recognize +', 'Spain recognized Palestine on Tuesday.'),
  r(
    'establish-ties',
    '054',
    'establish|restore|normalize * $TIES with +',
    'Saudi Arabia restored diplomatic ties with Iran.',
  ),
  r(
    'deepen-ties',
    '050',
    'deepen|strengthen|boost|expand|enhance|improve * ties|relations|cooperation|partnership with +',
    'China is deepening ties with Brazil.',
  ),
  r('apologize', '055', 'apologize to +', 'Japan apologized to South Korea on Monday.'),
  r(
    'sign-agreement',
    '057',
    'sign * $AGREEMENT with +',
    'Russia signed an agreement with North Korea on Wednesday.',
  ),
  r(
    'sign-agreement-gap',
    '057',
    'sign * $AGREEMENT * with +',
    'Iraq signed a memorandum of understanding on water with Turkey on Tuesday.',
    {
      notes: 'What the pact is about may stand between it and the partner ("a memorandum of understanding").',
    },
  ),
  r('signed-by', '057', 'sign by +', 'The treaty, signed by Egypt and Israel in 1979, ended the war.', {
    agreementBefore: true,
    notes: 'Passive or reduced relative after the agreement noun; one signatory alone codes nothing.',
  }),
  r('sign-reciprocal', '057', 'sign * $AGREEMENT', 'Russia and North Korea signed a defense pact.', {
    reciprocal: true,
  }),
  r(
    'conclude-agreement',
    '057',
    'conclude|reach|strike * $AGREEMENT with +',
    'Turkey reached a deal with Sweden.',
  ),
  r(
    'agreement-reciprocal',
    '057',
    'reach|conclude|strike * $AGREEMENT',
    'Israel and Hamas reached an agreement.',
    {
      reciprocal: true,
    },
  ),
  r('agree-with', '057', 'agree with + on', 'Japan agreed with South Korea on a new security framework.'),
  // 06 Engage in material cooperation
  r('cooperate', '060', 'cooperate with +', 'India cooperated with Japan on space research.'),
  r('trade-with', '061', 'trade with +', 'Turkey continued to trade with Russia.'),

  r('extradite', '063', 'extradite * to +', 'Brazil extradited the suspect to Italy on Friday.'),
  r('share-intelligence', '064', 'share intelligence with +', 'Britain shared intelligence with Ukraine.'),
  // Round 18, roots 01-06 coverage: other verbs and light-verb nouns wire copy uses for the same acts.
  r(
    'convey-condolences',
    '018',
    'convey|extend|offer|express|send|pass condolences|sympathies|sympathy to|with +',
    'Canada extended its deepest sympathies to Morocco after the earthquake.',
  ),
  r(
    'message-of-condolence',
    '018',
    'send|convey|deliver * message of condolence|condolences|sympathy to +',
    'Pope Francis sent a message of condolence to Morocco after the quake.',
  ),
  r(
    'claim-attack',
    '015',
    'claim attack|attacks|bombing|bombings|killing|killings|assault|ambush|raid|raids|kidnapping|abduction',
    'Gunmen attacked a police post in Niger. Islamic State claimed the attack on Friday.',
    {
      victimTarget: true,
      notes: '"claimed the bombing": owning an act of force (015); "claimed victory/the lives" are no claim.',
    },
  ),
  r(
    'implore',
    '020',
    'implore|beseech|entreat|exhort +',
    'The European Union implored Serbia to show restraint.',
  ),
  r(
    'make-appeal-to',
    '020',
    'make|issue|launch|send|direct appeal|call|plea to +',
    'Kenya issued an appeal to Ethiopia to respect the border.',
  ),
  r(
    'call-for-talks-between',
    '026',
    'call|appeal|press for * $TALKS between +',
    'China called for dialogue between Russia and Ukraine.',
  ),
  r(
    'seek-aid-from',
    '023',
    'seek|request|ask|appeal * $AID from +',
    'Somalia sought financial assistance from Qatar.',
  ),
  r(
    'ask-to-mediate',
    '028',
    'ask|urge|invite|request + to mediate|broker',
    'Sudan asked Saudi Arabia to mediate in the conflict.',
    { notes: 'Asking a third side to mediate is an appeal for mediation (028).' },
  ),
  r(
    'offer-to-help',
    '030',
    'offer to help|assist +',
    'India offered to help Sri Lanka restructure its debt.',
    {
      sourceSectors: DIPLOMATS,
    },
  ),
  r(
    'commit-to-work-with',
    '030',
    'commit to work|working|cooperate|cooperating with +',
    'Germany committed to working with France on defence.',
  ),
  r(
    'readiness-to-cooperate',
    '030',
    'express|voice|declare|reaffirm readiness|willingness to cooperate|work with +',
    'Vietnam expressed its readiness to work with the Philippines on maritime security.',
  ),
  r(
    'readiness-to-talk',
    '036',
    'express|voice|declare|reaffirm readiness|willingness to * $TALKS with +',
    'Russia expressed willingness to hold talks with Ukraine.',
  ),
  r(
    'offer-to-act-as-mediator',
    '039',
    'offer|propose to act|serve as * mediator|mediators|intermediary|go-between between +',
    'Turkey offered to act as mediator between Russia and Ukraine.',
  ),
  r(
    'sit-down-with',
    '040',
    'sit down with +',
    'Blinken sat down with Chinese President Xi Jinping on Monday.',
  ),
  r('confer-with', '040', 'confer with +', 'Macron conferred with Zelenskyy in Paris.'),
  r(
    'talk-by-phone-reciprocal',
    '041',
    'talk|speak by|over|on phone|telephone',
    'Erdogan and Putin spoke by phone on Friday.',
    { reciprocal: true },
  ),
  r(
    'phone-call-reciprocal',
    '041',
    'hold|have phone|telephone call|talks|conversation',
    'Erdogan and Putin held a phone call on Friday.',
    { reciprocal: true },
  ),
  r(
    'pay-visit-to',
    '042',
    'pay|make * visit|trip|tour|stop to +',
    'The Chinese foreign minister paid a visit to Pakistan on Monday.',
    {
      sourceSectors: ['GOV', 'MIL', 'IGO', 'LEG', 'UNK'],
      notes: 'Tourists and fans visiting a country are no event.',
    },
  ),
  r('land-in', '042', 'land in +', 'German Chancellor Olaf Scholz landed in Beijing on Thursday.', {
    sourceSectors: ['GOV', 'IGO', 'LEG'],
    notes: 'An official landing in a country visits it; aircraft and troops landing do not.',
  }),
  r('fly-into', '042', 'fly into +', 'Putin flew into Pyongyang early on Wednesday.', {
    sourceSectors: ['GOV', 'IGO', 'LEG'],
  }),
  r('tour', '042', 'tour +', "Britain's foreign secretary toured Ukraine on Monday.", {
    sourceSectors: ['GOV', 'IGO', 'LEG'],
    notes: 'An official touring a country visits it; bands and teams on tour do not.',
  }),
  r(
    'hold-round-of-talks',
    '046',
    'hold|conduct|begin|start|open * round of $TALKS with +',
    'Ukraine held a new round of talks with Russia in Istanbul.',
    { sourceSectors: DIPLOMATS },
  ),
  r(
    'hold-round-of-talks-reciprocal',
    '046',
    'hold|conduct|begin|start|open * round of $TALKS',
    'Ukraine and Russia held a new round of talks in Istanbul.',
    { reciprocal: true, sourceSectors: DIPLOMATS },
  ),
  r('play-host-to', '043', 'play host to +', 'Egypt played host to the Israeli delegation on Monday.'),
  r(
    'resume-talks-reciprocal',
    '046',
    'resume * $TALKS',
    'Armenia and Azerbaijan resumed peace talks in Washington.',
    {
      reciprocal: true,
      sourceSectors: DIPLOMATS,
    },
  ),
  r('applaud', '051', 'applaud|salute +', 'Russia applauded China for its peace plan.'),
  r(
    'pay-tribute-to',
    '051',
    'pay tribute|homage to +',
    'Germany paid tribute to Poland for taking in refugees.',
  ),
  r(
    'come-to-defense',
    '052',
    'come|rush|spring to defense|defence|aid of +',
    'China came to the defense of Russia at the Security Council.',
  ),
  r(
    'establish-ties-reciprocal',
    '054',
    'establish|restore|normalize|normalise|resume * $TIES',
    'Saudi Arabia and Iran restored diplomatic relations on Friday.',
    { reciprocal: true },
  ),
  r(
    'issue-apology',
    '055',
    'issue|offer|make|extend|give * apology to +',
    'Japan issued a formal apology to South Korea over forced labour.',
  ),
  r(
    'ink-agreement',
    '057',
    'ink|initial|seal * $AGREEMENT with +',
    'India inked a trade deal with Britain on Thursday.',
    {
      sourceSectors: ['GOV', 'MIL', 'IGO', 'LEG', 'OPP', 'REB', 'UNK'],
      notes: 'Firms inking supply deals are commerce, not diplomacy.',
    },
  ),
  r(
    'ink-agreement-reciprocal',
    '057',
    'ink|initial|seal * $AGREEMENT',
    'Armenia and Azerbaijan initialled a peace treaty in Washington.',
    { reciprocal: true, sourceSectors: ['GOV', 'MIL', 'IGO', 'LEG', 'OPP', 'REB', 'UNK'] },
  ),
  r('cooperate-reciprocal', '060', 'cooperate', 'Turkey and Azerbaijan cooperated on the pipeline project.', {
    reciprocal: true,
  }),
  r(
    'pass-intelligence',
    '064',
    'pass|provide|give|supply|share intelligence to|with +',
    'Jordan passed intelligence to Israel about the attack.',
  ),
  // 07 Provide aid
  r(
    'provide-aid',
    '073',
    'provide|send|deliver|give|ship|dispatch $AID to +',
    'Japan sent aid to Turkey after the earthquake.',
  ),
  r(
    'provide-aid-untargeted',
    '073',
    'provide|send|deliver|give|ship $AID',
    'HAVANA (AP) — A blackout hit Cuba and Cuban hospitals closed. Mexico sent fuel on Monday.',
    { beneficiaryTarget: true, notes: '"pledged to send generators" in a story about Cuba: aid to Cuba.' },
  ),
  r(
    'provide-aid-gap',
    '073',
    'provide|send|deliver|give|ship|dispatch * $AID * to +',
    'Japan sent tons of food and medicine to Turkey.',
  ),
  r('provide-with-aid', '073', 'provide|supply + with $AID', 'Egypt provided Sudan with fuel on Monday.'),
  r(
    'provide-arms',
    '072',
    'provide|send|deliver|give|ship|supply|transfer $ARMS to +',
    'Iran supplied drones to Russia.',
  ),
  r(
    'provide-arms-gap',
    '072',
    'provide|send|deliver|give|ship|supply|transfer * $ARMS * to +',
    'North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia.',
  ),
  r(
    'provide-with-arms',
    '072',
    'provide|supply|arm|equip + with $ARMS',
    'Moscow is providing North Korea with weapons technology.',
  ),
  r('arm', '072', 'arm +', 'Iran is arming the Houthis in Yemen.'),
  r(
    'military-aid',
    '072',
    'provide|send|approve military aid|assistance to|for +',
    'The United States approved military aid for Ukraine.',
  ),
  r(
    'aid-package',
    '070',
    'announce * aid|assistance package for +',
    'Germany announced a new aid package for Ukraine.',
  ),
  r('lend', '071', 'lend|loan * to +', 'China lent $5 billion to Pakistan.'),
  r('provide-money', '071', 'provide|give|grant $MONEY to +', 'The World Bank provided loans to Kenya.'),
  r('grant-asylum', '075', 'grant asylum to +', 'Russia granted asylum to two Ukrainian soldiers.'),
  r('deploy-peacekeepers', '074', 'deploy|send peacekeepers to +', 'Kenya sent peacekeepers to Haiti.'),
  // Round 16, organizations: the Security Council or a regional body keeping its force in a country.
  r(
    'extend-mission-mandate',
    '074',
    'extend|renew|prolong * mandate of * mission|force|peacekeepers|operation in +',
    'The Security Council extended the mandate of the UN peacekeeping mission in South Sudan.',
    { notes: 'Renewing a peace or stabilization force protects its host country (074), like sending it.' },
  ),
  // Round 19 mis-codes: troops sent into a multinational peace or security mission protect the host (074).
  r(
    'deploy-with-mission',
    '074',
    'deploy|send|dispatch|commit|contribute * $FORCES to + * un|u.n.|un-backed|un-led|un-mandated|united|african|ecowas|sadc|multinational|international|regional|peacekeeping|peace * mission|force|peacekeeping|operation',
    'Burundi sent 1,000 soldiers to Somalia as part of the African Union mission.',
    {
      notes:
        'A show of force (154) is unilateral; a contingent in a UN, AU or other multinational mission keeps the peace.',
    },
  ),
  r(
    'deploy-on-request',
    '074',
    'deploy|send|dispatch * $FORCES to + at|upon * request|invitation',
    "Rwanda deployed troops to Mozambique at Maputo's request.",
    {
      notes:
        'Troops sent where the host asked for them protect it (074); unasked, they are a show of force (154).',
    },
  ),
  // 08 Yield
  r(
    'release-captives',
    '084',
    'release|free $CAPTIVES',
    'Russia released 20 Ukrainian prisoners on Friday.',
    {
      notes: "The target is the captives' side (their country), taken from the phrase or its modifier.",
    },
  ),
  r('release', '084', 'release|free +', 'Israel released Palestinian lawmakers on Friday.'),
  r('abide-by', '080', 'abide|comply by|with +', "Iran complied with the IAEA's demands on Monday.", {
    notes: "Accepting a ruling or a body's demand is yielding (08x); a promise to do so is intent (035).",
  }),
  r(
    'order-release',
    '084',
    'order|approve|grant release of +',
    'An Argentine judge ordered the release of the Spanish captain on Friday.',
    { notes: 'A court or government ordering captives freed releases them (084), aimed at their side.' },
  ),
  r('swap-prisoners', '084', 'swap|exchange $CAPTIVES with +', 'Russia swapped prisoners with Ukraine.'),
  r(
    'swap-prisoners-reciprocal',
    '084',
    'swap|exchange * $CAPTIVES',
    'Armenia and Azerbaijan exchanged 32 prisoners of war on Thursday.',
    { reciprocal: true, notes: "A coordinated subject: each side frees the other's people." },
  ),
  r('hand-over', '084', 'hand over * to +', 'Hamas handed over four hostages to the Red Cross.'),
  r(
    'lift-sanctions',
    '085',
    'lift|ease|remove|scrap|drop|end $SANCTIONS on|against +',
    'The European Union lifted sanctions on Belarus.',
  ),
  r(
    'lift-sanctions-headline',
    '085',
    'lifts:n|eases:n $SANCTIONS on|against +',
    'UN Security Council lifts sanctions on Syria ahead of White House visit',
    { notes: 'Headline present tense, which the tagger often reads as a plural noun ("lifts").' },
  ),
  r(
    'remove-from-list',
    '081',
    'remove|delist|drop|take + from * list|blacklist|register',
    'The United States removed Cuba from its list of state sponsors of terrorism.',
    { notes: 'Taking a state or group off a sanctions or terrorism list eases an administrative sanction.' },
  ),
  r(
    'suspend-from',
    '161',
    'suspend|expel + from',
    'The African Union suspended Niger from all its activities.',
    {
      notes: 'Suspension from an IGO reduces diplomatic relations (161).',
    },
  ),
  r('ceasefire-with', '0871', 'agree * ceasefire|truce with +', 'Israel agreed to a ceasefire with Hamas.'),
  r('ceasefire-reciprocal', '0871', 'agree * ceasefire|truce', 'Israel and Hamas agreed to a ceasefire.', {
    reciprocal: true,
  }),
  r(
    'declare-ceasefire',
    '0871',
    'declare|announce * ceasefire|truce in|with +',
    'Russia declared a ceasefire in Ukraine.',
  ),
  r('withdraw-troops', '0874', 'withdraw|pull $FORCES from +', 'Russia withdrew troops from Kherson.'),
  r('pull-out-troops', '0874', 'pull $FORCES out of +', 'Burundi pulled its troops out of Somalia.'),
  r('allow-inspectors', '086', 'allow|admit inspectors', 'Iran allowed IAEA inspectors into the site.'),
  r('reopen-border', '080', 'reopen * border with +', 'Pakistan reopened its border with Afghanistan.'),
  // 09 Investigate
  r('investigate', '090', 'investigate +', 'The International Criminal Court investigated Israel.'),
  r(
    'probe',
    '090',
    'open|launch * investigation|probe into +',
    'The European Union opened an investigation into China.',
  ),
  r('inspect', '090', 'inspect +', 'The IAEA inspected Iran on Monday.', {
    sourceSectors: ['IGO', 'JUD', 'NGO'],
    notes: 'A leader inspecting factories is a visit, not an investigation: only monitors inspect (090).',
  }),
  // 10 Demand
  r('demand', '100', 'demand +', 'China demanded Japan apologize.'),
  r('demand-that', '100', 'demand that +', 'Russia demanded that Ukraine withdraw its troops.'),
  r(
    'demand-domestic',
    '100',
    'demand recount|election|elections|vote|resignation|reform|reforms|investigation|inquiry|probe|dialogue|justice|accountability|referendum|rerun|annulment|changes',
    "Kenya's opposition leader demanded a recount.",
    {
      domesticTarget: true,
      sourceSectors: ['CVL', 'OPP', 'NGO', 'POL', 'EDU', 'LEG'],
      notes: 'The opposition or a crowd demanding something of no one named asks it of its own government.',
    },
  ),
  r('demand-from', '100', 'demand * from +', 'China demanded an apology from Japan on Monday.'),
  r(
    'demand-release',
    '1053',
    'demand * release of|from +',
    'Germany demanded the release of its citizens from Iran.',
    { holderTarget: true },
  ),
  r(
    'demand-release-holder',
    '1053',
    'demand * release',
    'Vietnam said China had detained 12 fishermen. Hanoi demanded their immediate release.',
    {
      holderTarget: true,
      notes: 'No holder named after "release": the one who seized or detained them (1053).',
    },
  ),
  r(
    'demand-that-release',
    '1053',
    'demand that + release|free',
    'The European Union demanded that Belarus release political prisoners.',
  ),
  r(
    'call-for-release',
    '025',
    'call|press|push|appeal for * release of|from +',
    'Canada called for the release of its citizens from Mali.',
    {
      holderTarget: true,
      notes:
        'Calling for a release is an appeal to the holder (0253, as the gold README codes it); "demanded" is 1053.',
    },
  ),
  r(
    'call-for-release-holder',
    '025',
    'call|press|push|appeal for * release',
    'Mali detained two Canadian executives. Ottawa called for their immediate release.',
    { holderTarget: true },
  ),
  r(
    'call-for-to-be-released',
    '025',
    'call|press|push|appeal for * to be release|free',
    'Mali detained two Canadian executives. Canada called for the executives to be released.',
    {
      holderTarget: true,
      notes: '"called for X to be released": the passive infinitive names no other doer.',
    },
  ),
  r('ultimatum', '139', 'issue|give * ultimatum to +', 'Azerbaijan issued an ultimatum to Armenia.'),
  // 11 Disapprove
  r(
    'criticize',
    '111',
    'criticize|criticise|condemn|denounce|slam|blast|rebuke|chide|decry|deplore +',
    'France condemned Russia on Monday.',
  ),
  r('hit-out-at', '111', 'hit|lash out at|against +', 'Armenia hit out at Azerbaijan on Monday.', {
    notes: 'Idiom: "hit out at" is verbal criticism, never an attack.',
  }),
  r(
    'call-illegal',
    '111',
    'call|describe|brand|label|denounce * $CONDEMNING_LABELS',
    'Iran called the Israeli strikes illegal.',
    {
      noTrailingTarget: true,
      notes: 'Calling an act illegal or aggression criticizes whoever did it (the event it names).',
    },
  ),
  r(
    'call-illegal-quoted',
    '111',
    'call|describe|brand|label|denounce * "|“ * $CONDEMNING_LABELS',
    'Russia detained a Turkish ship. Ukraine called the boarding "piracy" on Monday.',
    {
      noTrailingTarget: true,
      notes: 'The label is often quoted: "called the raid \'an authoritarian act\'".',
    },
  ),
  r(
    'call-names',
    '111',
    'call|brand|label + dictator|tyrant|criminal|terrorist|murderer|puppet|illegitimate|fraud|liar|thug',
    'Argentina called Venezuelan President Nicolas Maduro a dictator on Monday.',
    { notes: 'Name-calling a leader or a state is public disapproval of it.' },
  ),
  r(
    'accuse',
    '112',
    'accuse + of',
    'The United States has accused North Korea of providing arms to Russia.',
    {
      allegesAct: true,
    },
  ),
  r('accuse-plain', '112', 'accuse|blame +', 'Ukraine accused Russia on Monday.'),
  r('blame-for', '112', 'blame + for', 'Israel blamed Hezbollah for the attack.'),
  r('complain', '114', 'complain to|about +', 'Japan complained to China about the survey ship.'),
  r('protest-to', '114', 'lodge * protest with +', 'South Korea lodged a protest with Japan.'),
  r('summon-ambassador', '114', 'summon +', "China summoned Japan's ambassador on Monday.", {
    notes: "Summoning an envoy is an official complaint to the envoy's country.",
  }),
  r('sue', '115', 'sue +', 'Ukraine sued Russia at the International Court of Justice.'),
  r('take-to-court', '115', 'take + to court', 'Ukraine took Russia to court in The Hague.'),
  r(
    'file-lawsuit',
    '115',
    'file * lawsuit|case|complaint against +',
    'South Africa filed a case against Israel.',
  ),
  r('convict', '116', 'convict +', 'A Russian court convicted a U.S. journalist of espionage.'),
  // Round 19 mis-codes: a prison term is legal action against the person (173), as every gold set codes it.
  r('sentence', '173', 'sentence +', 'A Russian court sentenced a U.S. journalist to 16 years.'),
  r(
    'charge',
    '1121',
    'charge|indict +',
    'MINSK, Belarus (AP) — Prosecutors charged the opposition leader with fraud.',
  ),
  r('warn-against', '130', 'warn + against', 'China warned the United States against meddling.'),
  r('warn-that', '130', 'warn that +', 'Iran warned that Israel would pay a heavy price.'),
  // 12 Reject
  r(
    'reject-ruling',
    '120',
    'reject|dismiss|rebuff ruling|verdict|judgment|judgement',
    'The Constitutional Court upheld the result. Kenya rejected the ruling on Tuesday.',
    { courtTarget: true, notes: 'Rejecting a ruling is rejecting the court that gave it (120).' },
  ),
  r(
    'criticize-ruling',
    '111',
    'criticize|criticise|condemn|denounce|slam|decry ruling|verdict|judgment|judgement',
    'The International Criminal Court issued a verdict. Russia denounced the verdict.',
    { courtTarget: true },
  ),
  r(
    'deny-accusation',
    '120',
    'deny|reject|dismiss|refute|rebuff $CLAIMS',
    'Pakistan accused India of backing the rebels. India rejected the accusation.',
    {
      deniesAccusation: true,
      notes: 'Denying an accusation is the accused act, negated; with no act alleged, rejecting it is 120.',
    },
  ),
  r(
    'deny-role',
    '072',
    'deny role|involvement|part|hand|link|links',
    'Ukraine accused Belarus of arming Russia. Minsk denied any role.',
    {
      deniesAccusation: true,
      notes: "Codes only as the denied act of an earlier accusation, with that act's code (here 072).",
    },
  ),
  r(
    'deny-relative',
    '072',
    'deny',
    'Congo accuses Rwanda of backing the M23 rebels, a charge Kigali denies.',
    {
      deniesAccusation: true,
      notes:
        "Only where a claim noun heads the relative clause; codes the accused act with that act's code (here 072).",
    },
  ),
  r(
    'deny-involvement-attack',
    '190',
    'deny involvement|role|part|hand in * attack|attacks|assault|raid|raids|ambush',
    'Rwanda denied involvement in the attack on Congo.',
    { denial: true, victimTarget: true },
  ),
  r(
    'deny-involvement-strike',
    '195',
    'deny involvement|role|part|hand in * airstrike|airstrikes|bombing|bombings|bombardment|strike|strikes',
    'Russia denied any role in the strike on Ukraine.',
    { denial: true, victimTarget: true },
  ),
  r(
    'deny-involvement-shelling',
    '194',
    'deny involvement|role|part|hand in * shelling',
    'Rwanda denied any involvement in the shelling of Congo.',
    { denial: true, victimTarget: true },
  ),
  r('reject', '120', 'reject|dismiss|rebuff|refuse +', 'China rejected the United States on Monday.'),
  r('turn-down', '120', 'turn down +', "Vietnam turned down China's request on Monday."),
  r(
    'reject-proposal',
    '125',
    'reject|rebuff|refuse|dismiss * proposal|offer|call|plan|ultimatum|demand|demands|request * by|from +',
    'Ukraine rejected an offer of talks from Russia.',
  ),
  r(
    'refuse-accept',
    '120',
    'accept|recognize|respect +',
    "Venezuela said it would not accept the International Court of Justice's ruling.",
    {
      negatedOnly: true,
      notes: 'Only "would not accept" (a refusal, 12x) is coded; accepting is too vague on its own.',
    },
  ),
  r('refuse-to-meet', '125', 'refuse|decline to meet +', 'Ukraine refused to meet Russia.'),
  r('veto', '129', 'veto +', 'Russia vetoed the U.N. Security Council resolution.'),
  // Round 19 mis-codes: stopping another side's measure is a veto (129), not a roadblock (144).
  r(
    'block-measure',
    '129',
    'block|stall|obstruct|derail|torpedo + sanction|sanctions|package|resolution|decision|proposal|accession|bid|statement|declaration',
    "Hungary blocked the European Union's sanctions package against Russia.",
    { notes: 'The measure is not taken: the noun event after it is not coded either (noun-events.ts).' },
  ),
  r('defy', '128', 'defy +', 'North Korea defied the United Nations with another test.'),
  // 13 Threaten
  r('threaten', '130', 'threaten +', 'Iran threatened Israel on Monday.'),
  r(
    'threaten-force',
    '138',
    'threaten * military action|force|strike|strikes|attack|war|retaliation against|on +',
    'Iran threatened military action against Israel.',
  ),
  r(
    'threaten-sanctions',
    '132',
    'threaten * $SANCTIONS on|against +',
    'The United States threatened sanctions against Turkey.',
  ),
  r(
    'threaten-to-attack',
    '138',
    'threaten to attack|strike|invade|destroy +',
    'North Korea threatened to attack South Korea.',
  ),
  r('threaten-to', '130', 'threaten to * +', 'Britain threatened to seek a resolution censuring Iran.'),
  r(
    'threaten-to-cut',
    '131',
    'threaten to cut|halt|suspend|stop|reduce|end|trigger|reimpose|restore|withdraw * to|with|for|on|against|from +',
    'Russian energy giant Gazprom threatened to cut off gas supplies to Moldova.',
  ),
  r(
    'warn-of-retaliation',
    '138',
    'warn|caution + of * retaliation|response|consequences',
    'Iran warned Israel of a harsh response.',
  ),
  // Round 18, roots 07-13 coverage: other verbs and light-verb noun forms wire copy uses for aid,
  // investigation, demands, disapproval and threats.
  r(
    'airlift-aid',
    '073',
    'airlift|donate|fly|truck|rush * $AID * to +',
    'Turkey airlifted relief supplies to Syria on Tuesday.',
    { notes: 'Other verbs of getting goods to a country; the goods must be humanitarian ($AID).' },
  ),
  r(
    'approve-loan',
    '071',
    'approve|extend|disburse|grant * loan|loans|bailout|financing|credit to|for +',
    'The IMF approved a $3 billion loan for Egypt on Friday.',
    { notes: 'A lender approving money for a state is economic aid (071), as the gold codes a rollover.' },
  ),
  r(
    'voice-concern',
    '110',
    'voice|express concern|concerns|alarm|dismay|disquiet|displeasure|dissatisfaction|disapproval|indignation over|about|at|with|regarding +',
    "France voiced concern over China's military drills near Taiwan.",
    {
      notes:
        'Concern at what another party does is disapproval (110), as the gold codes "deeply concerned by"; with no party named, nothing codes.',
    },
  ),
  r(
    'voice-criticism',
    '111',
    'voice|express|level criticism|condemnation|outrage|anger of|at|over +',
    "The European Union voiced criticism of Turkey's crackdown.",
  ),
  r(
    'censure',
    '111',
    'censure|castigate|excoriate|lambast|lambaste|berate|reprimand|assail +',
    'Canada censured Russia on Monday.',
  ),
  r(
    'allege-that',
    '112',
    'allege|charge that +',
    'Russia alleged that Ukraine had shelled the nuclear plant.',
    {
      notes: 'A leading claim about another party is coded as the accusation (112), not as the claimed act.',
    },
  ),
  r(
    'lodge-protest-with',
    '114',
    'file|submit|register|deliver * protest|protests with +',
    'China filed a formal protest with Japan over the visit.',
    {
      notes:
        'A complaint "with" a body (the Security Council, the WTO) names where, not whom: only protests code here.',
    },
  ),
  r(
    'lodge-complaint-with-against',
    '114',
    'lodge|file|submit * complaint|complaints with * against +',
    'Australia lodged a complaint with the World Trade Organization against China.',
  ),
  r(
    'lodge-protest-against',
    '114',
    'lodge|file|submit * protest|complaint against +',
    'The Philippines filed a diplomatic protest against China.',
  ),
  r(
    'bring-case',
    '115',
    'bring|launch|initiate|file * case|lawsuit|suit|proceedings against +',
    'Ukraine brought a case against Russia at the International Court of Justice.',
  ),
  r(
    'insist-that',
    '100',
    'insist that + must|should|halt|stop|end|withdraw|release|cease|leave|return|pay|apologize|apologise',
    'Iran insisted that Israel halt its strikes.',
    { notes: '"insisted that the coast guard was enforcing the law" asserts a fact: only a bidding codes.' },
  ),
  r(
    'threaten-with-sanctions',
    '132',
    'threaten + with $SANCTIONS',
    'The United States threatened Turkey with sanctions over the purchase.',
  ),
  r(
    'write-off-debt',
    '071',
    'write|cancel|forgive off * debt|debts of +',
    'Japan wrote off the debts of Myanmar.',
  ),
  r(
    'offer-refuge',
    '075',
    'offer|grant|give|extend refuge|sanctuary|protection to +',
    'Spain offered refuge to the Venezuelan opposition leader.',
  ),
  r(
    'order-withdrawal',
    '0874',
    'order|announce|complete|begin|start withdrawal of * $FORCES from +',
    'Russia ordered the withdrawal of its troops from Armenia.',
  ),
  r(
    'open-inquiry',
    '090',
    'open|launch|begin|start|order * inquiry|investigation|probe into +',
    'The European Commission opened an inquiry into Chinese steel subsidies.',
  ),
  r(
    'open-inquiry-by',
    '090',
    'open|launch|begin|start|order * inquiry|investigation|probe into * by +',
    'The UN Human Rights Council launched an inquiry into abuses by Iran.',
    { notes: 'The target is the party whose conduct is examined, named after "by".' },
  ),
  r('take-aim-at', '111', 'take aim at +', 'Britain took aim at Russia over the poisoning.'),
  r(
    'hold-responsible',
    '112',
    'hold + responsible|culpable for',
    'Kyiv held Moscow responsible for the attack on the dam.',
  ),
  r(
    'point-finger',
    '112',
    'point * finger at +',
    'Armenia pointed the finger at Azerbaijan for the shelling.',
  ),
  r('call-in-envoy', '114', 'call in $DIPLOMATS', 'Britain called in the Russian ambassador on Tuesday.', {
    notes: 'The British "called in the ambassador" is summoning an envoy: a complaint to his country (114).',
  }),
  r(
    'take-legal-action',
    '115',
    'take|launch|begin|file * legal action|suit against +',
    'Nicaragua took legal action against Germany at the World Court.',
  ),
  r('spurn', '120', 'spurn|snub +', "Israel spurned Egypt's proposal."),
  r(
    'spurn-proposal-from',
    '125',
    'spurn|snub * proposal|offer|overtures|plan|request * by|from +',
    'Israel spurned the ceasefire proposal from Egypt.',
  ),
  r(
    'brush-aside',
    '120',
    'brush aside|off * from|by +',
    'Venezuela brushed aside criticism from the United States.',
  ),
  r(
    'rule-out-talks',
    '125',
    'rule out * talks|negotiations|dialogue|meeting|meetings with +',
    'Ukraine ruled out talks with Russia on Monday.',
  ),
  r(
    'decline-invitation',
    '125',
    'decline|reject|spurn|turn * invitation from|by +',
    'Iran declined an invitation from the United States to meet.',
  ),
  r(
    'vow-revenge',
    '138',
    'vow|promise|pledge|threaten revenge|retaliation|vengeance|retribution against|on +',
    'Israel vowed revenge against Hamas for the killings.',
  ),
  r(
    'issue-warning-to',
    '130',
    'issue|deliver|send * warning|warnings to +',
    'Iran issued a warning to Israel on Sunday.',
  ),
  r(
    'threaten-to-use-force',
    '138',
    'threaten to use * force|weapons|arms|missiles|troops|military against +',
    'North Korea threatened to use nuclear weapons against South Korea.',
  ),
  r('state-protests', '114', 'protest +', "Japan protested China's launch of ballistic missiles.", {
    sourceSectors: ['GOV', 'IGO'],
    notes:
      'A government that protests an act files an official complaint (114); crowds that protest demonstrate (141).',
  }),
  r(
    'level-accusations',
    '112',
    'level|levy|make|lodge|hurl * accusation|accusations|allegation|allegations against +',
    'Ukraine leveled accusations against Russia over the dam.',
  ),
  r(
    'announce-aid-for',
    '070',
    'announce|allocate|earmark * aid|assistance for|to +',
    'Japan allocated $5 million in emergency assistance to Nepal.',
    { notes: 'Money set aside for a country is aid (070), as with "announced an aid package for".' },
  ),
  r('slams-headline', '111', 'slams:n|raps:n +', 'China slams US over Taiwan arms sale', {
    notes: 'Headline present tense, which the tagger often reads as a plural noun ("slams").',
  }),
  r(
    'demands-headline',
    '100',
    'demands:n answers|explanation|explanations|apology|compensation from +',
    'Poland demands answers from Belarus over border incident',
    { notes: 'Headline present tense read as a noun; only with what is demanded and of whom.' },
  ),
  r('flout', '128', 'flout|disregard +', 'Israel flouted the ICJ ruling and pressed on with the offensive.', {
    notes: 'Openly ignoring a body, its ruling or its sanctions defies it (128).',
  }),
  r(
    'threaten-attack',
    '138',
    'threaten * force|strike|strikes|airstrike|airstrikes|attack|attacks|war|invasion|bombing against|on +',
    'Iran threatened an attack on Israel.',
    {
      sourceSectors: ['GOV', 'MIL', 'REB', 'IGO', 'SPY', 'COP'],
      notes:
        '"threaten-force" needs "military" before its noun; the bare nouns threaten force too, but only from armed or state actors: unions threaten labour strikes.',
    },
  ),
  r(
    'take-issue-with',
    '111',
    'take issue with +',
    "Germany took issue with Poland's handling of the border crisis.",
  ),
  r('object-to', '111', 'object to +', "France objected to Italy's decision to close its ports."),
  r(
    'voice-opposition',
    '110',
    'voice|express|reiterate|restate * opposition to +',
    "Australia voiced opposition to China's security pact with the Solomon Islands.",
  ),
  r('unfreeze', '085', 'unfreeze|unblock +', 'Britain unfroze Libyan assets on Monday.', {
    notes: 'Releasing frozen state assets eases a sanction on their owner (085).',
  }),
  r(
    'warn-of-retaliation-untargeted',
    '130',
    'warn|threaten of * retaliation|countermeasures|reprisals|consequences',
    'Estonia detained a Russian tanker on Monday. Moscow warned of retaliation.',
    {
      counterpartTarget: true,
      notes: 'No one named: the threat is aimed at the other side of the row the source is in (130).',
    },
  ),
  r(
    'threaten-countermeasures',
    '130',
    'threaten|promise retaliation|countermeasures|reprisals|consequences',
    'Estonia detained a Russian tanker on Monday. Moscow threatened countermeasures.',
    { counterpartTarget: true },
  ),
  r(
    'exchange-accusations',
    '112',
    'exchange|trade accusations|allegations|blame',
    'Japan and South Korea exchanged accusations over the radar incident.',
    { reciprocal: true, notes: 'A coordinated subject: each side accuses the other (112).' },
  ),
  r(
    'disburse-money',
    '071',
    'disburse * $MONEY to|for +',
    'The EU disbursed 1.5 billion euros to Ukraine on Tuesday.',
  ),
  r(
    'roll-over-deposit',
    '071',
    'roll over * deposit|deposits|loan|loans|debt for|to|of +',
    'Saudi Arabia rolled over a $3 billion deposit for Pakistan.',
    { notes: 'Deferring what a state owes is financial support for it (071), as the gold codes a rollover.' },
  ),
  r('donate-arms', '072', 'donate|gift * $ARMS to +', 'Sweden donated fighter jets to Ukraine.'),
  r(
    'launch-review',
    '090',
    'launch|open|begin|conduct * review|audit|inspection of|into +',
    "The IAEA launched a review of Japan's plan to release water.",
    {
      sourceSectors: ['IGO', 'JUD', 'NGO'],
      notes: 'Monitors reviewing what a state does investigate it (090).',
    },
  ),
  r(
    'give-ultimatum',
    '139',
    'give|issue|deliver|present + * ultimatum',
    'Azerbaijan gave Armenia a 24-hour ultimatum.',
  ),
  // 14 Protest
  r(
    'protest-against',
    '141',
    'protest|rally|demonstrate|march * against +',
    'BELGRADE, Serbia (AP) — Thousands of protesters rallied against the government.',
    { domesticTarget: true, notes: 'Against a bill or a policy (no actor): aimed at the government.' },
  ),
  r(
    'burn-effigy',
    '141',
    'burn|torch effigy|effigies of +',
    'Protesters burned effigies of the Israeli prime minister.',
    {
      notes: 'A protest act aimed at whoever the effigy stands for.',
    },
  ),
  r(
    'protest-outside',
    '141',
    'protest|rally|demonstrate outside|at|near +',
    'Georgian activists protested outside the Russian embassy.',
    // Round 16: outside a building no actor is named for ("the commission's headquarters"), the protest
    // is aimed at the protesters' own government, as with no place at all.
    { domesticTarget: true },
  ),
  r(
    'protest',
    '141',
    'protest|rally|demonstrate|march',
    'Thousands of Kenyan protesters marched through Nairobi.',
    {
      domesticTarget: true,
      notes: "With no target named, a protest is aimed at the protesters' own government.",
    },
  ),
  r(
    'gather-in-protest',
    '141',
    'gather|assemble',
    'Thousands of Turkish people gathered in central Ankara on Sunday.',
    {
      domesticTarget: true,
      notes: 'Crowds gathering in news of unrest; only coded when civilians or the opposition gather.',
    },
  ),
  r('storm', '145', 'storm|ransack|torch +', 'NAIROBI, Kenya (AP) — Protesters stormed the parliament.', {
    // Round 18: troops or militants storming a camp or town fight (190); crowds riot.
    armedCode: '190',
    notes: 'Crowds storming a building: violent protest against whoever it belongs to.',
  }),
  r(
    'fire-into-air',
    '175',
    'fire|shoot * gas|teargas|shot|shots|bullets|rounds * into|in air',
    'Protesters gathered outside parliament in Nairobi and police fired tear gas and shot into the air.',
    {
      crowdTarget: true,
      notes:
        'Shots into the air are no attack on the place (195): they scatter the crowd (175) or code nothing.',
    },
  ),
  r(
    'shoot-into-air',
    '175',
    'shoot into|in air',
    'Protesters marched in Nairobi on Tuesday. Police shot into the air.',
    {
      crowdTarget: true,
      notes: 'Warning shots at a crowd are repression (175); with no crowd in the story nothing is coded.',
    },
  ),
  r(
    'fire-teargas-crowd',
    '175',
    'fire|use|lob * gas|teargas|cannon|cannons',
    'Opposition supporters marched in Nairobi on Tuesday. Kenyan police fired tear gas.',
    { crowdTarget: true, notes: 'Tear gas with no one named is aimed at the crowd the story just told of.' },
  ),
  r(
    'fire-teargas',
    '175',
    'fire|use|lob * gas|teargas|bullets|cannon|cannons|rounds|ammunition|pellets * at|on|against +',
    'NAIROBI, Kenya (AP) — Police fired tear gas at the protesters.',
  ),
  r(
    'crush',
    '175',
    'crush|suppress|quell|disperse +',
    'MINSK, Belarus (AP) — Police dispersed the protesters.',
  ),
  r(
    'hunger-strike',
    '142',
    'go|launch on hunger strike against +',
    'Palestinian prisoners went on hunger strike against Israel.',
  ),
  r('boycott', '143', 'boycott +', 'Saudi Arabia and Egypt boycotted Qatar.'),
  r('block', '144', 'block|blockade +', 'Polish farmers blocked Ukrainian trucks at the border.'),
  r('riot', '145', 'riot against|in +', 'Georgian protesters rioted in Tbilisi.'),
  // Round 16, protest & police: a protest told as a noun after a light verb ("staged a sit-in",
  // "held a protest") or as "took to the streets" is the same act as "protested". Literal nouns, so only
  // fillers may come between: "held a campaign rally" is electioneering; "held a rally" is left out too,
  // as ruling parties and candidates hold rallies that protest nothing.
  r(
    'stage-protest-outside',
    '141',
    'stage|hold|mount protest|protests|demonstration|demonstrations|rally|sit-in|vigil outside|at|near +',
    'Kenyan activists staged a demonstration outside the Ugandan High Commission.',
    { domesticTarget: true },
  ),
  r(
    'stage-protest-against',
    '141',
    'stage|hold|mount protest|protests|demonstration|demonstrations|rally|rallies|march|sit-in against +',
    'Serbian students held a rally against the government.',
    { domesticTarget: true, notes: 'Against a bill or a policy (no actor): aimed at the government.' },
  ),
  r(
    'stage-protest',
    '141',
    'stage|mount protest|protests|demonstration|demonstrations|rally|rallies|march|sit-in',
    'Thousands of Georgian opposition supporters staged a protest in Tbilisi.',
    {
      domesticTarget: true,
      notes: "With no target named, a protest is aimed at the protesters' own government.",
    },
  ),
  r(
    'hold-protest',
    '141',
    'hold protest|protests|demonstration|demonstrations|sit-in',
    'Nigerian students held a protest in Lagos.',
    { domesticTarget: true },
  ),
  r('take-to-streets', '141', 'take to street|streets', 'Thousands of Kenyans took to the streets.', {
    domesticTarget: true,
    notes: 'Street protest with no target named: aimed at the own government.',
  }),
  // 15 Exhibit force posture
  r(
    'deploy',
    '154',
    'deploy|mobilize|mass|dispatch|send * $FORCES to|near|along|on|around|toward +',
    'Russia deployed troops near Ukraine.',
  ),
  r(
    'deploy-against',
    '154',
    'deploy|mobilize|mass * $FORCES against +',
    'China deployed warships against Taiwan.',
  ),
  r(
    'exercises-near',
    '150',
    'hold|conduct|stage|launch|begin|start * $EXERCISES near|around|off|in|across +',
    'China staged military drills around Taiwan.',
  ),
  r(
    'exercises-with',
    '062',
    'expand|hold|conduct|stage|resume|begin|start * $EXERCISES with +',
    'The United States held military drills with South Korea.',
    {
      notes: 'Joint drills are military cooperation between the partners (062).',
    },
  ),
  r(
    'joint-exercises',
    '062',
    'hold|conduct|stage|begin|start|launch * joint $EXERCISES',
    'American and South Korean jets staged a joint air drill.',
    {
      reciprocal: true,
    },
  ),
  r('put-on-alert', '152', 'put|place * $FORCES on * alert', 'Russia put its forces on alert near Ukraine.'),
  // 16 Reduce relations
  r(
    'cut-ties',
    '161',
    'cut|sever|break|suspend|downgrade * $TIES with +',
    'Nicaragua severed diplomatic ties with Taiwan.',
  ),
  r(
    'restrict-entry',
    '163',
    'restrict|limit|curb|halt * entry|imports|exports|flights * of|from|to +',
    'Russia restricted imports of Georgian wine on Monday.',
    { notes: 'Restricting trade or entry aimed at a country is an embargo-like sanction (163).' },
  ),
  r(
    'cancel-with',
    '160',
    'cancel|scrap * with +',
    'Azerbaijan cancelled all cultural events planned with Russia this year.',
    { notes: 'Calling off what was planned with another side reduces relations with it (160).' },
  ),
  r(
    'suspend-agreement',
    '160',
    'suspend|scrap|abandon|terminate|end|withdraw * $AGREEMENT with +',
    'South Korea suspended a 2018 military agreement with North Korea.',
    { notes: 'Leaving or freezing a pact with a partner reduces relations with it (160).' },
  ),
  r(
    'close-missions',
    '161',
    'close|shut|shutter $MISSIONS',
    'Somalia closed Ethiopian consulates in two regions.',
    {
      notes: 'The target is the country whose missions are closed (the phrase holding the word).',
    },
  ),
  r(
    'recall-ambassador',
    '161',
    'recall * ambassador|envoy from|to +',
    'France recalled its ambassador from Niger.',
  ),
  r(
    'recall-ambassador-counterpart',
    '161',
    'recall|withdraw * ambassador|envoy',
    'Algeria expelled 12 French officials on Monday, and France recalled its ambassador.',
    {
      counterpartTarget: true,
      notes: 'No country named: the envoy leaves the country the source is in a row with.',
    },
  ),
  r(
    'withdraw-ambassador',
    '161',
    'withdraw|pull * ambassador|envoy from|to +',
    'Algeria withdrew its ambassador from France in protest.',
  ),
  r(
    'cut-aid',
    '162',
    'cut|suspend|halt|freeze|reduce|slash|withhold * aid|assistance|funding to|for +',
    'The United States suspended aid to Niger.',
  ),
  r(
    'impose-sanctions',
    '163',
    'impose|slap|announce|introduce|adopt|extend * $SANCTIONS on|against|targeting +',
    'The European Union imposed sanctions on Iran.',
  ),
  r('sanction', '163', 'sanction|blacklist +', 'The United States sanctioned Russian banks.'),
  r('ban-imports', '163', 'ban * imports|exports from|to +', 'China banned seafood imports from Japan.'),
  r(
    'ban-goods',
    '163',
    'ban|outlaw * app|apps|product|products|goods|imports|exports|flights|airlines|carriers|vessels|ships',
    'India banned hundreds of Chinese apps after the border clash.',
    { notes: 'Banning goods, apps or carriers of a country is an embargo (163); banning a party is 172.' },
  ),
  r(
    'suspend-talks',
    '164',
    'suspend|halt|break * $TALKS with +',
    'North Korea suspended talks with South Korea.',
  ),
  // Noun forms of acts announced or ordered: "announced the suspension of a military agreement with X".
  r(
    'announce-suspension-talks',
    '164',
    'announce|order|declare suspension|freeze|halt of $TALKS * +',
    'Georgia announced the suspension of talks on joining the European Union.',
    { notes: 'The target is the first actor after the match ("talks with X", "talks on joining X").' },
  ),
  r(
    'announce-suspension-ties',
    '160',
    'announce|order|declare suspension|termination|cancellation|end of * agreement|pact|partnership|cooperation|accord|ties|relations',
    'Niger announced the suspension of a military agreement with the United States.',
  ),
  r(
    'order-closure-border',
    '163',
    'order|announce|declare closure of * border|airspace|crossing|frontier|crossings * with|to +',
    'Cambodia ordered the closure of its border with Thailand.',
  ),
  r(
    'close-border',
    '163',
    'close|shut|seal * border|airspace|crossing|frontier|crossings with|to +',
    'Cambodia closed its border with Thailand on Monday.',
  ),
  r(
    'order-expulsion-diplomats',
    '174',
    'order|announce|decide expulsion of $DIPLOMATS',
    'Mali ordered the expulsion of three Algerian diplomats.',
  ),
  r('expel-diplomats', '174', 'expel $DIPLOMATS', "Poland expelled Russia's ambassador on Monday.", {
    notes: 'Expelled envoys: the target is their country (CAMEO 174; 1661 is peacekeepers).',
  }),
  r(
    'expel-forces',
    '166',
    'expel|oust * peacekeepers|inspectors|observers|troops|forces|mission',
    'Mali expelled French troops.',
  ),
  r('expel', '174', 'expel|oust +', 'Mali expelled French journalists.'),

  r(
    'order-to-leave',
    '174',
    'order|tell|give + to leave',
    'Poland ordered five Russian diplomats to leave the country.',
  ),
  // Round 19 mis-codes: telling a state to quit a place it disputes or holds is a demand (100, as
  // "demanded that Ukraine withdraw"), not an expulsion of people from the speaker's soil (174).
  r(
    'tell-to-leave-territory',
    '100',
    'order|tell|give|warn + to leave|vacate|withdraw|quit * shoal|shoals|reef|reefs|waters|island|islands|islet|atoll|area|zone|strait',
    'China told the Philippines to leave the shoal on Monday.',
    { notes: '"ordered the diplomats to leave the country" stays an expulsion (order-to-leave).' },
  ),
  r(
    'declare-persona-non-grata',
    '174',
    'declare + persona non grata',
    'Somalia declared the Ethiopian ambassador persona non grata.',
  ),
  // 17 Coerce
  r(
    'arrest',
    '173',
    'arrest|detain|jail|imprison|apprehend +',
    'Russia arrested a U.S. journalist on Thursday.',
  ),
  r(
    'arrest-warrant',
    '173',
    'issue * warrant|warrants for +',
    'A Turkish court issued an arrest warrant for Swedish journalist Joakim Medin.',
    { notes: 'A warrant orders the arrest: coded as the arrest (173) by the issuing authority.' },
  ),
  r('deport', '174', 'deport|extradite * from +', 'Pakistan deported hundreds of refugees from Afghanistan.'),
  r('deport-plain', '174', 'deport +', 'Pakistan deported Afghan migrants on Monday.'),
  r('send-back', '174', 'send|force back +', 'Iran sent back thousands of Afghan migrants this year.', {
    notes: 'Returning migrants across a border against their will is deportation (174).',
  }),
  r('seize', '171', 'seize|confiscate|impound +', 'Iran seized a Greek tanker.'),
  r('board', '171', 'board +', 'Chinese coast guard personnel boarded Philippine navy boats.', {
    notes: "Boarding another side's vessel by force is a seizure (171); a plane or flight names no actor.",
  }),
  r(
    'take-into-custody',
    '173',
    'take + into custody',
    'Dutch police took a Russian journalist into custody.',
  ),
  r('raid', '171', 'raid +', 'Ecuadorian police raided the Mexican Embassy in Quito.', {
    // Round 18: a raid by troops or an armed group is fighting (190), coded through armedCode.
    sourceSectors: ['COP', 'GOV', 'SPY', 'JUD', 'MIL', 'REB'],
    armedCode: '190',
    notes:
      'Police raiding premises (an embassy, an office) seize or violate property (171); a military raid is fighting.',
  }),
  r(
    'force-way-into',
    '171',
    'force way into +',
    'Ecuadorian police forced their way into the Mexican Embassy in Quito.',
    {
      civilianCode: '145',
      notes:
        'Breaking into premises is the same violation of property as a raid; a crowd doing it riots (145).',
    },
  ),
  r('ram', '180', 'ram|sideswipe +', 'Chinese coast guard vessels rammed a Philippine supply boat.', {
    notes: 'Ramming a vessel is a physical assault on its crew (18x), not an armed attack.',
  }),
  r(
    'seize-person',
    '181',
    'seize|grab|snatch|abduct|kidnap',
    'A German dissident was seized by Iranian agents in Dubai.',
    {
      notes: 'In the passive the seized person is the target: seizing people is abduction (181).',
    },
  ),
  r('crack-down', '175', 'crack down on +', 'Police cracked down on protesters in Tehran.'),
  r('ban-group', '172', 'ban|outlaw +', 'MINSK, Belarus (AP) — Belarus banned the opposition party.'),
  // 18 Assault
  r('abduct', '181', 'take + hostage', 'Hamas took two Thai farmworkers hostage.'),
  r('abduct-plain', '181', 'abduct|kidnap|hijack +', 'Boko Haram kidnapped Nigerian schoolgirls.'),
  r(
    'hijack-vehicle',
    '181',
    'hijack|commandeer train|bus|plane|aircraft|airliner|flight|ship|vessel|tanker|convoy',
    'Gunmen hijacked a passenger train in Pakistan on Tuesday.',
    {
      notes: 'Seizing a vehicle with the people aboard is hostage-taking, aimed at whoever holds the place.',
    },
  ),
  r('torture', '1822', 'torture +', 'Russian forces tortured Ukrainian civilians.'),
  r('beat', '182', 'beat|assault +', 'Belarusian police beat an opposition activist in Minsk.', {
    notes: 'State forces beating protesters repress the protest: coded 175 (protest-police.ts).',
  }),
  r(
    'bomb-suicide',
    '1831',
    'suicide:n bomb|bombing|attack on|against +',
    'A Taliban suicide bombing on Pakistan killed ten.',
  ),
  r('assassinate', '186', 'assassinate +', 'Israel assassinated a Hamas leader in Beirut.'),
  r(
    'try-to-kill',
    '185',
    'try|attempt to assassinate|kill +',
    'PORT-AU-PRINCE, Haiti (AP) — Gunmen tried to assassinate the Haitian president.',
  ),
  // 19 Fight
  r('attack', '190', 'attack|invade|strike|hit|target +', 'Russia attacked Ukraine on Friday.', {
    civilianCode: '145',
    notes: 'Protesters or residents attacking police or officials riot (145); armed actors attack (190).',
  }),
  r(
    'launch-attack',
    '190',
    'launch|conduct|mount|carry * $STRIKES on|against|in|into|inside +',
    'Israel launched strikes on Hamas in Gaza.',
  ),
  r('attack-on', '190', 'attack:n on|against +', 'Russian attack on Ukraine killed 10 people.', {
    notes: 'A noun attack takes its source from the modifier before it ("Russian attack").',
  }),
  r('fight', '193', 'fight|battle +', 'Sudanese troops fought rebels in Khartoum.'),
  r(
    'fight-for',
    '072',
    'fight|battle for|alongside +',
    'Thousands of North Korean soldiers fought for Russia in Kursk.',
    {
      notes:
        'Fighting on a side is military support to it ("sent citizens to fight for Russia"), not fighting it.',
    },
  ),
  r(
    'fight-with',
    '193',
    'fight|battle against|with +',
    'Ukrainian forces fought against Russia near Bakhmut.',
  ),
  r('clash-forces', '190', 'clash with +', 'Israeli troops clashed with Hamas in Gaza.', {
    civilianCode: '145',
    notes: 'Armed clashes are 190; when civilians clash with police it is a riot (145).',
  }),
  r('shoot-dead', '190', 'shoot dead +', 'Gunmen shot dead four Pakistani soldiers on Tuesday.', {
    notes: '"Shot dead" is a killing; plain "shot" stays with the shooting rules.',
  }),
  r('kill', '190', 'kill +', 'Israeli forces killed three Palestinians on Monday.', {
    notes: 'Killing by armed forces or armed groups; 18x codes cover specific non-military assaults.',
  }),
  // Round 17, verb gaps: listed before 'retaliate' so the instrument wins a tie.
  r(
    'retaliate-with-sanctions',
    '163',
    'retaliate|respond * with * $SANCTIONS',
    'China imposed tariffs on Canada. Canada retaliated with tariffs on Chinese goods.',
    {
      counterpartTarget: true,
      notes: 'The instrument decides the code: retaliating with tariffs is an embargo (163), not force.',
    },
  ),
  r(
    'retaliate-against-with-sanctions',
    '163',
    'retaliate|respond * against|on + with * $SANCTIONS',
    'Colombia retaliated against Ecuador with tariffs on Friday.',
  ),
  r(
    'retaliate',
    '190',
    'retaliate|respond * against|to|on +',
    'Russia retaliated against Ukraine on Friday.',
  ),
  r('shell', '194', 'shell|bombard +', 'Russian forces shelled Kharkiv overnight.'),
  r('shoot-down', '190', 'shoot|bring down +', 'Polish jets shot down a Russian drone over the border.', {
    notes: "Downing or intercepting the other side's aircraft, drones or missiles is military force.",
  }),
  r(
    'intercept',
    '190',
    'intercept|destroy|down +',
    'Ukrainian air defenses destroyed 20 Russian drones overnight.',
  ),
  r('fire-on', '190', 'fire on|upon|at +', 'Afghan forces fired on Pakistani border posts on Monday.', {
    notes: 'Gunfire aimed at an actor; "fired rockets at" is 195 and "fired tear gas at" 175 (longer rules).',
  }),
  r('open-fire', '190', 'open fire on|at +', 'Indian troops opened fire on Pakistani positions.'),
  r(
    'trade-fire',
    '190',
    'trade|exchange fire|gunfire|blows|strikes|shots|artillery with +',
    'Armenian troops traded fire with Azerbaijani forces on Tuesday.',
  ),
  r(
    'trade-fire-reciprocal',
    '190',
    'trade|exchange fire|gunfire|strikes|shots|artillery',
    'Thai and Cambodian troops exchanged fire on Monday.',
    { reciprocal: true, notes: 'Coordinated sides and no object: each fired on the other.' },
  ),
  r('clash-reciprocal', '190', 'clash', 'Kyrgyz and Tajik border guards clashed on Thursday.', {
    reciprocal: true,
    civilianCode: '145',
    notes: '"the two armies clashed": each side attacked the other; between civilians it is a riot.',
  }),
  r('wound', '190', 'wound|injure +', 'Israeli troops wounded three Palestinians in Jenin.'),
  r(
    'fire-at',
    '195',
    'fire|launch $MISSILES at|into|toward|towards|on +',
    'Hamas fired rockets at Israel on Monday.',
  ),
  r(
    'fire-at-gap',
    '195',
    'fire|launch * $MISSILES * at|into|toward|towards|on|against +',
    'Russian forces launched dozens of missiles and drones at Kyiv overnight.',
  ),
  r(
    'airstrike',
    '195',
    'airstrike:n|airstrikes:n|strike:n|strikes:n on|against +',
    'Israeli airstrikes on Gaza killed 12 people.',
  ),
  r('bomb', '195', 'bomb +', 'Russian warplanes bombed Aleppo on Sunday.'),
  r(
    'detonate-bomb',
    '183',
    'detonate|explode * bomb|bombs|explosive|explosives|device|devices',
    'Militants detonated a car bomb in Kabul on Monday.',
    {
      notes:
        'A bomb set off by an armed group or attacker (not an air strike); the target is where it went off.',
    },
  ),
  r(
    'drone-attack',
    '1952',
    'launch * drone attack|attacks|strike|strikes on|against +',
    'Ukraine launched drone attacks on Moscow.',
  ),
  r('occupy', '192', 'occupy|capture +', 'Russian forces captured Mariupol.'),
  r('seize-control', '192', 'seize|take control of +', 'Congolese rebels seized control of Goma.'),
  r('round-up', '173', 'round up +', 'Belarusian police rounded up opposition activists.'),
  r('blockade', '191', 'impose * blockade on +', 'Israel imposed a blockade on Gaza.'),
  r(
    'violate-ceasefire',
    '196',
    'violate|breach|break * ceasefire|truce|cease-fire|armistice',
    'Russia violated the ceasefire in Ukraine.',
  ),
  // 20 Mass violence
  r('massacre', '202', 'massacre|slaughter +', 'Islamic State militants massacred Congolese villagers.'),
  r('ethnic-cleansing', '203', 'ethnically cleanse +', 'Serbian forces ethnically cleansed Kosovo.'),
  r(
    'use-chemical-weapons',
    '204',
    'use chemical|nuclear weapons against|on +',
    'Syria used chemical weapons against rebels.',
  ),
  // Round 18, roots 14-20 coverage: common wire wordings of protest, sanctions, coercion and force
  // that had no rule. Listed after the older rules, so those win a tie of equal length.
  r(
    'pour-into-streets',
    '141',
    'pour|spill|flood into|onto * street|streets',
    'Thousands of Kenyans poured into the streets.',
    {
      domesticTarget: true,
      notes: 'Crowds filling the streets with no target named: aimed at their own government.',
    },
  ),
  r(
    'chant-against',
    '141',
    'chant * slogan|slogans against +',
    'Iranian protesters chanted slogans against Israel.',
    {
      domesticTarget: true,
    },
  ),
  r(
    'strike-against',
    '143',
    'go|walk on strike|strikes against +',
    'French workers went on strike against the government.',
    {
      domesticTarget: true,
      notes: 'A strike is 143 only when aimed at a government or its policy; a plain strike is labour news.',
    },
  ),
  r('set-fire-to', '145', 'set fire to +', 'Peruvian protesters set fire to a police station.', {
    armedCode: '190',
    notes: 'Crowds burning property riot (145); troops or militants burning it use force (190).',
  }),
  r(
    'disperse-gathering',
    '175',
    'disperse|crush|suppress|quell|scatter|break * protest|protests|rally|rallies|demonstration|demonstrations|crowd|crowds|gathering|march|sit-in',
    'Opposition supporters marched in Minsk. Belarusian riot police dispersed the rally.',
    { crowdTarget: true, notes: 'Breaking up a named gathering: repression of the crowd that held it.' },
  ),
  r(
    'halt-imports',
    '163',
    'suspend|halt|stop|block|ban|bar * imports|exports|shipments|purchases of|from|to +',
    'China suspended imports of Japanese seafood.',
    { notes: 'Stopping trade with a country is an embargo (163).' },
  ),
  r(
    'place-sanctions',
    '163',
    'place|put|levy|slap|tighten|impose * controls on|against +',
    'The United States placed export controls on Chinese chipmakers.',
  ),
  r(
    'walk-out-talks',
    '164',
    'walk|pull out of * $TALKS with +',
    'North Korea walked out of talks with South Korea.',
  ),
  r(
    'demolish',
    '1712',
    'demolish|raze|bulldoze +',
    'Israeli forces demolished Palestinian homes in Hebron.',
    {
      notes: "Destroying another side's homes or buildings is destruction of property (1712).",
    },
  ),
  r(
    'impose-curfew',
    '1721',
    'impose|declare|order|enforce * curfew|curfews',
    'Israel imposed a curfew on the Palestinian town of Huwara.',
    {
      hostTarget: true,
      notes: 'A curfew restricts the people of a place: aimed at the state of the place named.',
    },
  ),
  r('ambush', '190', 'ambush +', 'Russian troops ambushed a Ukrainian convoy near Bakhmut.'),
  r('pound', '195', 'pound|pummel|blitz|strafe +', 'Israeli jets pounded southern Lebanon on Tuesday.', {
    notes: 'Heavy bombardment from the air or by artillery.',
  }),
  r(
    'seize-place',
    '192',
    'seize|capture|take|overrun|retake|recapture town|city|village|villages|towns|cities|region|territory|airport|base|port|district|province|capital|settlement|stronghold|outpost',
    'Russian forces seized the town of Avdiivka.',
    { notes: 'Taking a named place by force is occupying territory (192), not seizing people (181).' },
  ),
  r(
    'gather-outside',
    '141',
    'gather|assemble|congregate outside|at|near +',
    'Iraqi protesters gathered outside the U.S. embassy in Baghdad.',
    {
      domesticTarget: true,
      notes: 'A crowd outside a foreign mission protests that state, as with "protested outside".',
    },
  ),
  r(
    'fly-jets-near',
    '150',
    'fly * jets|warplanes|bombers|fighters|warships near|around|toward|towards|into +',
    'China flew dozens of fighter jets near Taiwan on Sunday.',
    { notes: 'Military sorties at a rival are a show of force (150); a plane flying aid names no warplane.' },
  ),
  r(
    'add-to-blacklist',
    '163',
    'add + to * blacklist|blacklists|sanctions',
    'The United States added dozens of Chinese firms to its trade blacklist.',
  ),
  r(
    'house-arrest',
    '173',
    'place|put + under house arrest',
    'Russian authorities placed an opposition leader under house arrest.',
  ),
  r(
    'dissolve-party',
    '172',
    'dissolve|disband +',
    "Thailand's constitutional court dissolved the main opposition party.",
    {
      sourceSectors: ['JUD'],
      notes:
        'Only a court dissolving a party or group is a sanction (172); a leader dissolving parliament is routine.',
    },
  ),
  // Events named by a noun with their doer ("Israel's bombardment of Gaza"): a table of their own.
  ...eventNounVerbRules(EVENT_NOUN_RULES),
  // Round 16, agreements and meetings: parties acting together, British "agreed a deal", plans signed.
  r(
    'agree-agreement-with',
    '057',
    'agree a|an|the * deal|pact|accord|agreement|treaty|scheme|plan|framework|roadmap with +',
    'Britain agreed a new trade deal with India on Thursday.',
    { notes: 'British usage: "agreed a deal" is concluding it (057), unlike "agreed to" (030).' },
  ),
  r(
    'agree-agreement-reciprocal',
    '057',
    'agree a|an|the * deal|pact|accord|agreement|treaty|scheme|plan|framework|roadmap',
    'Starmer and Macron agreed a pilot scheme on migrant returns.',
    { reciprocal: true },
  ),
  r(
    'sign-plan-with',
    '057',
    'sign a|an|the * plan|scheme|framework|roadmap with +',
    'Peru signed a border security roadmap with Chile on Monday.',
    { notes: 'A plan or framework two governments sign is an agreement, whatever the noun.' },
  ),
  r(
    'sign-plan-reciprocal',
    '057',
    'sign a|an|the * plan|scheme|framework|roadmap',
    'The Peruvian and Chilean defence ministers signed a plan to share intelligence.',
    { reciprocal: true },
  ),
  r(
    'downgrade-ties-reciprocal',
    '161',
    'downgrade|sever|cut|suspend * $TIES',
    'Morocco and Algeria severed diplomatic ties in 2021.',
    { reciprocal: true, notes: 'Two sides cutting ties with each other: each reduces relations (161).' },
  ),
  r(
    'downgrade-missions-reciprocal',
    '161',
    'downgrade * $MISSIONS',
    'Peru and Chile downgraded their embassies in 2023.',
    { reciprocal: true },
  ),
  r(
    'pledge-cooperation-reciprocal',
    '030',
    'pledge|promise|vow to * cooperation|ties|relations|partnership|cooperate',
    'Peru and Chile pledged to deepen cooperation on water.',
    { reciprocal: true, notes: 'Both sides promising closer ties: each intends to cooperate (030).' },
  ),
  r(
    'work-with-to',
    '030',
    'work with + to',
    'China is willing to work with Turkmenistan to expand gas exports.',
    {
      intentOnly: true,
      notes: 'Readiness to work with a partner toward a stated end is intent to cooperate (03x).',
    },
  ),
  // Round 17, verb gaps: common wire phrasings that had no rule.
  r(
    'reserve-right-respond',
    '130',
    'reserve right to respond|retaliate|react|act|defend|take|use',
    'Estonia detained a Russian tanker. Russia said it reserved the right to respond.',
    {
      counterpartTarget: true,
      notes: 'An unspecified threat (130) aimed at the other side of the row the source is in.',
    },
  ),
  r(
    'reserves-right-respond',
    '130',
    'reserves:n right to respond|retaliate|react|act|defend|take|use',
    'Estonia detained a Russian tanker. The Russian side reserves the right to respond.',
    { counterpartTarget: true, notes: 'The tagger often reads the present "reserves" as a plural noun.' },
  ),
  r(
    'take-responsibility',
    '015',
    'take responsibility for it|attack|attacks|strike|strikes|airstrike|bombing|bombings|killing|killings|assassination|operation|raid|assault|ambush',
    'Israeli jets struck a building in Beirut. Israel took full responsibility for the strike.',
    {
      victimTarget: true,
      notes: 'Owning an act of force is claiming it (015); "responsibility for the budget" is no claim.',
    },
  ),
  r(
    'close-mission-in',
    '161',
    'close|shut|shutter its|their * embassy|embassies|consulate|consulates|commission|mission in +',
    'Sweden closed its embassy in Iraq on Thursday.',
    { notes: 'Closing its own mission in a country reduces relations with the host (161).' },
  ),
  r(
    'accept-credentials',
    '054',
    'accept|receive * credentials of|from +',
    'Moscow accepted the credentials of the new Syrian ambassador.',
    { notes: 'Accepting an envoy of a government is recognizing that government (054).' },
  ),
  r(
    'request-consular-access',
    '020',
    'request|seek consular access',
    'Iran detained a French teacher. France requested consular access to her.',
    {
      holderTarget: true,
      notes: 'A request to whoever holds the citizen (020), not to the citizen.',
    },
  ),
  r(
    'demand-consular-access',
    '100',
    'demand|insist consular access',
    'Belarus arrested two Polish journalists. Poland demanded consular access to them.',
    { holderTarget: true },
  ),
  r(
    'continue-engage',
    '036',
    'continue to engage +',
    'Kenya would continue to engage the government of Uganda through diplomatic channels.',
    {
      sourceSectors: DIPLOMATS,
      notes:
        'Keeping diplomatic channels open is intent to negotiate (036); an army engaging militants fights.',
    },
  ),
  r('continue-engage-with', '036', 'continue to engage with +', 'Japan will continue to engage with China.', {
    sourceSectors: DIPLOMATS,
  }),
  r(
    'withdraw-from-gathering',
    '143',
    'withdraw from * $GATHERINGS',
    'Nigeria withdrew from an investment summit in South Africa.',
    {
      hostTarget: true,
      notes: 'Leaving a gathering another state hosts, in protest, is a boycott (143) of the host.',
    },
  ),
  r(
    'pull-out-of-gathering',
    '143',
    'pull out of * $GATHERINGS',
    'Nigeria pulled out of a forum in South Africa.',
    {
      hostTarget: true,
    },
  ),
  // Round 19, reactions with the source after the verb: the reactors follow "from"; the target is
  // the subject or the doer of the act it names (see reactionFrom).
  r(
    'draw-criticism-from',
    '111',
    'draw|attract|prompt|provoke|spark|trigger|earn|invite condemnation|condemnations|criticism|rebuke|rebukes|censure|reproach from +',
    'Israel drew condemnation from France on Tuesday.',
    { reactionFrom: true },
  ),
  r(
    'come-under-criticism-from',
    '111',
    'come under criticism|condemnation|censure from +',
    'Iran came under criticism from the United States on Wednesday.',
    { reactionFrom: true },
  ),
  r(
    'meet-with-criticism-from',
    '111',
    'meet with condemnation|criticism|censure|rebuke from +',
    'The Russian strike on Odesa met with condemnation from Germany.',
    { reactionFrom: true },
  ),
  r(
    'draw-praise-from',
    '051',
    'draw|win|earn|receive|attract praise|plaudits from +',
    'Kenya won praise from the United States for its mediation.',
    { reactionFrom: true },
  ),
  // Generic fallback, listed last so any specific agreement rule wins a tie.
  r('agree-to-reciprocal', '030', 'agree to', 'Japan and South Korea agreed to share missile warning data.', {
    reciprocal: true,
    notes: 'Two parties agreeing to do something together: intent to cooperate.',
  }),
  // Round 19, actors: a visit told as a state of being, with no possessor before the noun.
  r('be-on-visit', '042', 'be on visit|trip|tour to +', 'Modi is on a two-day visit to Japan.', {
    notes: '"is on a visit to X": the subject is the visitor (the noun rule needs "X\'s visit").',
  }),
  r(
    'arrive-on-visit',
    '042',
    'arrive|embark|set on visit|trip|tour to +',
    'The Egyptian foreign minister arrived on an official visit to Turkey on Monday.',
  ),
  // Round 20, roots 02-05: wordings that left long wire sentences silent. "asked X to" is the
  // plainest appeal; without a rule the infinitive after it was coded as X's own act.
  r('ask-to', '020', 'ask|request + to', 'Kenya asked Tanzania on Monday to reopen the border.', {
    sourceSectors: NOT_PRESS,
    skipTargetSectors: LEGISLATURES,
  }),
  r(
    'ask-to-yield',
    '025',
    'ask|request + to * release|free|stop|halt|end|withdraw|lift|ease|allow',
    'Kenya asked Tanzania to free the detained activists.',
    { sourceSectors: NOT_PRESS, skipTargetSectors: LEGISLATURES },
  ),
  r(
    'ask-to-talk',
    '026',
    'ask|request + to * resume|hold|negotiate|meet',
    'Sudan asked Egypt to hold talks on the dam.',
    { sourceSectors: NOT_PRESS, skipTargetSectors: LEGISLATURES },
  ),
  r(
    'open-to-talks',
    '036',
    'remain|be|stay open to * $TALKS with +',
    'Pakistan said it remained open to dialogue with India.',
    { notes: 'Declared openness to talks is intent to negotiate (036).' },
  ),
  r(
    'pick-up-talks',
    '046',
    'pick up * $TALKS',
    'Chile and Argentina picked up the negotiations in Santiago.',
    { reciprocal: true, sourceSectors: DIPLOMATS, notes: 'As "resumed talks"; readiness makes it 036.' },
  ),
  // Round 20, roots 12, 13, 17, 07: threats told as a pledge of unnamed measures ("said it would take
  // all necessary measures against X"). Only a promise is a threat; measures already taken are acts.
  // With no side named, "steps" stays out: "take all necessary steps to protect its citizens" is
  // mostly a government reassuring its own people.
  r(
    'take-measures-against',
    '130',
    'take * measures|countermeasures|steps|action|actions against +',
    'China said it would take countermeasures against Lithuania.',
    {
      promiseOnly: true,
      notes: 'Unnamed measures promised against a named side: an unspecified threat (130).',
    },
  ),
  r(
    'take-necessary-measures',
    '130',
    'take necessary|resolute|decisive|firm|definitive|strong|retaliatory|reciprocal measures|countermeasures|action|actions',
    'Estonia detained a Russian tanker. Russia said it would take all necessary measures.',
    {
      promiseOnly: true,
      counterpartTarget: true,
      notes: 'No one named: the threat is aimed at the other side of the row the source is in (130).',
    },
  ),
  r(
    'take-actions-necessary',
    '130',
    'take measures|actions necessary',
    'Washington imposed tariffs on India. India said it would take all actions necessary to protect its interests.',
    {
      promiseOnly: true,
      counterpartTarget: true,
      notes: 'The adjective after the noun, as in "all actions necessary".',
    },
  ),
  // Round 20: a rejection whose target is the one who made the offer or the criticism, named after
  // "from"/"by", or else the other side of the row the rejecting side is in.
  r(
    'reject-criticism-from',
    '120',
    'reject|dismiss|rebuff * criticism|criticisms|condemnation|censure * from|by +',
    'Russia rejected criticism from Germany over the arrests.',
  ),
  r(
    'reject-offer-untargeted',
    '125',
    'reject|rebuff|dismiss proposal|proposals|offer|offers|plan|overtures|ultimatum',
    'Russia attacked Ukraine on Monday. Ukraine rejected the offer.',
    { counterpartTarget: true, notes: 'No one named: the offer came from the other side of the row (125).' },
  ),
  r(
    'turn-down-offer-untargeted',
    '125',
    'turn down proposal|proposals|offer|offers|plan|overtures|ultimatum',
    'Russia attacked Ukraine on Monday. Kyiv turned down the offer of a truce.',
    { counterpartTarget: true },
  ),
  // Round 20, disapproval: displeasure told as a state of the speaker ("said it was deeply
  // disappointed by"), aimed at the party named or at the doer of the act named after the preposition.
  r(
    'be-unhappy-with',
    '110',
    'be * unhappy|disappointed|dismayed|displeased|dissatisfied about|with|by|at|over +',
    'Qatar was deeply disappointed by Israel on Tuesday.',
    {
      notes:
        'Like "expressed dismay at" (110); with an act as the object the target is its doer ("unhappy about the strike").',
    },
  ),
  r(
    'be-unhappy-with-quoted',
    '110',
    'be "|“ * unhappy|disappointed|dismayed|displeased|dissatisfied "|” about|with|by|at|over +',
    'Israel struck Doha. Trump said he was "very unhappy" about the strike.',
    { notes: 'The state in the speaker’s own quoted words: the closing quote sits before the preposition.' },
  ),
  r(
    'be-outraged-by',
    '111',
    'be * outraged|appalled|angered|incensed|furious about|with|by|at|over +',
    'Turkey was outraged by Sweden on Monday.',
  ),
  // Round 20: money released or set aside for a country; an emergency or humanitarian marker anywhere
  // in the phrase makes it humanitarian aid (073), otherwise economic aid (071). Listed first so the
  // humanitarian reading wins a tie.
  r(
    'release-emergency-money',
    '073',
    'release|unlock|allocate|earmark|announce * emergency|humanitarian|relief * to|for +',
    'The UN released $5 million from its emergency fund for Afghanistan on Monday.',
  ),
  r(
    'release-money',
    '071',
    'release|unlock * $MONEY to|for +',
    'The European Union released 1.5 billion euros to Ukraine on Friday.',
  ),
  r(
    'allocate-money-for-relief',
    '073',
    'release|unlock|allocate|earmark * $MONEY to|for + * relief|humanitarian|emergency',
    'The World Bank allocated $200 million to Pakistan for flood relief.',
  ),
  // Round 20: riot police charging a crowd or beating it back with batons and pepper spray repress it
  // (175); the crowd may be named later in the sentence. Literal crowd nouns, so troops charging into a
  // town are left to the fighting rules.
  r(
    'charge-at-crowd',
    '175',
    'charge at|into * crowd|crowds|protesters|demonstrators|marchers|students',
    'BELGRADE, Serbia (AP) — Riot police charged at the protesters.',
    { crowdTarget: true },
  ),
  r(
    'use-batons-crowd',
    '175',
    'use|wield|fire * baton|batons|truncheons|pepper',
    'Opposition supporters marched in Belgrade on Tuesday. Riot police used batons and pepper spray.',
    {
      crowdTarget: true,
      notes: 'Batons and pepper spray with no one named are aimed at the crowd just told of.',
    },
  ),
  // Round 20: an opposition or civic group rejecting an election's results rejects its own state's
  // conduct of the vote (120); a company or a club rejecting results names no political target.
  r(
    'reject-results',
    '120',
    'reject|dismiss|disown * result|results|outcome|tally',
    'NAIROBI, Kenya (AP) — The opposition rejected the election results on Tuesday.',
    { domesticTarget: true },
  ),
];
