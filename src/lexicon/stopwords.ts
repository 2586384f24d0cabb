// Function words that search ignores in a query ("Forum of Regions" ~ "Forum des régions").
// Folded forms (lower case, no accents).

export const SEARCH_STOPWORDS: readonly string[] = [
  // English
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
  // French
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'pour',
  'sur',
  'un',
  'une',
];

/**
 * Capitalised words that are never part of a person's name: function words and adverbs that open
 * sentences ("Selon", "Lors"), nouns that head institutions and places ("Place", "Palais",
 * "Conseil"), title words ("Président", "Minister"). Folded forms.
 */
export const NOT_NAME_WORDS: readonly string[] = [
  // French words that open sentences or headings
  ...['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'et', 'ou', 'en'],
  ...['a', 'à', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on', 'ce', 'cet', 'cette', 'ces'],
  ...['son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'mon', 'ma', 'mes', 'qui'],
  ...['selon', 'lors', 'dans', 'pour', 'par', 'sur', 'sous', 'avec', 'sans', 'apres', 'avant'],
  ...['pendant', 'depuis', 'entre', 'vers', 'chez', 'contre', 'malgre', 'outre', 'parmi'],
  ...['cependant', 'toutefois', 'ainsi', 'alors', 'aussi', 'mais', 'donc', 'puis', 'enfin'],
  ...['ensuite', 'desormais', 'hier', 'demain', 'aujourd', 'rien', 'tout', 'tous', 'toute'],
  ...['comme', 'quand', 'lorsque', 'si', 'ni', 'non', 'oui', 'plus', 'moins', 'tres', 'bien'],
  ...['naturellement', 'egalement', 'notamment', 'rappelons', 'voici', 'merci', 'bonjour'],
  ...['chers', 'cher', 'chere', 'mesdames', 'messieurs', 'excellence', 'monsieur', 'madame'],
  ...['m', 'mr', 'mme', 'mrs', 'ms', 'dr', 'sir', 'son', 'saint', 'sainte', 'st'],
  ...['pr', 'prof', 'dato', 'datuk', 'datin'],
  // short titles the title list leaves out (its words of 4 letters and more are never names)
  ...['ceo', 'pdg', 'coo', 'cfo'],
  // English words that open sentences or headings
  ...['the', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with'],
  ...['during', 'after', 'before', 'following', 'according', 'however', 'also', 'this', 'that'],
  ...['these', 'those', 'he', 'she', 'they', 'we', 'it', 'his', 'her', 'their', 'our', 'its'],
  ...['as', 'while', 'when', 'today', 'yesterday', 'there', 'here', 'all', 'some', 'both'],
  ...['dear', 'thank', 'welcome', 'mister', 'excellency', 'ladies', 'gentlemen', 'colleagues'],
  // nouns that head institutions, places, events and documents
  ...['place', 'palais', 'palace', 'rue', 'avenue', 'boulevard', 'pont', 'square', 'street'],
  ...['conseil', 'council', 'assemblee', 'assembly', 'comite', 'committee', 'commission'],
  ...['ministere', 'ministry', 'gouvernement', 'government', 'republique', 'republic'],
  ...['federation', 'royaume', 'kingdom', 'etat', 'etats', 'state', 'states', 'parti', 'party'],
  ...['organisation', 'organization', 'union', 'sommet', 'summit', 'forum', 'centre', 'center'],
  ...['institut', 'institute', 'universite', 'university', 'academie', 'academy', 'musee'],
  ...['museum', 'chambre', 'chamber', 'cour', 'court', 'agence', 'agency', 'maison', 'house'],
  ...['banque', 'bank', 'fonds', 'fund', 'ambassade', 'embassy', 'consulat', 'mission'],
  ...['monument', 'memorial', 'cathedrale', 'eglise', 'church', 'mosquee', 'stade', 'hotel'],
  ...['aeroport', 'airport', 'gare', 'port', 'region', 'province', 'ville', 'city', 'oblast'],
  ...['parc', 'park', 'jardin', 'garden', 'salle', 'hall', 'tour', 'tower', 'kremlin'],
  ...['theatre', 'theater', 'opera', 'cathedral', 'monastere', 'monastery', 'lac', 'lake'],
  ...['fleuve', 'river', 'mont', 'mount', 'station', 'bridge', 'prospect', 'perspective'],
  ...['falls', 'bay', 'island', 'islands', 'valley', 'hills', 'heights', 'beach', 'gate'],
  ...['grand', 'grande', 'haut', 'haute', 'supreme', 'national', 'nationale', 'international'],
  ...['internationale', 'federal', 'federale', 'general', 'generale', 'populaire', 'peuple'],
  ...['people', 'peoples', 'democratic', 'democratique', 'islamic', 'islamique', 'arab', 'arabe'],
  ...['nord', 'sud', 'est', 'ouest', 'north', 'south', 'east', 'west', 'central', 'centrale'],
  ...['asie', 'asia', 'afrique', 'africa', 'europe', 'amerique', 'america', 'eurasie', 'eurasia'],
  ...['accord', 'agreement', 'traite', 'treaty', 'declaration', 'programme', 'program', 'plan'],
  ...['photo', 'photos', 'video', 'source', 'credit', 'reportage', 'copyright', 'lire', 'read'],
  ...['jour', 'day', 'annee', 'year', 'semaine', 'week', 'mois', 'month', 'dieu', 'god'],
  ...['guerre', 'war', 'victoire', 'victory', 'paix', 'peace', 'independance', 'independence'],
  ...['parlement', 'parliament', 'senat', 'senate', 'douma', 'duma', 'majlis', 'medjlis'],
  ...['khural', 'kurultai', 'mazhilis', 'congres', 'congress', 'bureau', 'office', 'service'],
  ...['administration', 'armee', 'army', 'forces', 'garde', 'guard', 'compagnie', 'company'],
  ...['groupe', 'group', 'societe', 'ecole', 'school', 'hopital', 'conference', 'association'],
  ...['fondation', 'foundation', 'club', 'zone', 'nations', 'unies', 'united', 'emirats'],
  // heads of the names of media and companies: "Sky News said", "Golden Gate Capital a annoncé"
  ...['news', 'times', 'post', 'daily', 'weekly', 'press', 'tribune', 'herald', 'journal'],
  ...['gazette', 'radio', 'television', 'tv', 'network', 'media', 'online', 'monitor', 'watch'],
  ...['capital', 'partners', 'holding', 'holdings', 'industries', 'energy', 'airlines'],
  ...['airways', 'railways', 'telecom', 'motors', 'trucks', 'logistics', 'investments'],
  ...['communiste', 'communist', 'socialiste', 'socialist', 'democrate', 'liberal', 'russie'],
  // title words: the title before a name is not part of it
  ...['president', 'presidente', 'presidents', 'premier', 'premiere', 'prime', 'vice'],
  ...['ministre', 'ministres', 'minister', 'ministers', 'deputy', 'adjoint', 'foreign', 'affairs'],
  ...['secretaire', 'secretary', 'ambassadeur', 'ambassadrice', 'ambassador', 'chef', 'head'],
  ...['directeur', 'directrice', 'director', 'chairman', 'chairperson', 'chair', 'speaker'],
  ...['gouverneur', 'governor', 'maire', 'mayor', 'general', 'colonel', 'marechal', 'amiral'],
  ...['prince', 'princesse', 'roi', 'reine', 'king', 'queen', 'emir', 'sultan'],
  ...['patriarche', 'patriarch', 'metropolite', 'metropolitan', 'pape', 'pope', 'imam'],
  ...['chancelier', 'chancellor', 'senateur', 'senator', 'depute', 'envoye', 'envoy'],
  ...['porte', 'parole', 'spokesman', 'spokesperson', 'conseiller', 'adviser', 'advisor'],
  ...['board', 'council', 'bureau', 'cabinet', 'staff', 'team', 'equipe', 'groupe'],
  ...['excellency', 'leader', 'dirigeant', 'guide', 'homologue', 'counterpart', 'delegation'],
  // professions written before a name, capitalised when they open the sentence ("Researcher X")
  ...['researcher', 'chercheur', 'chercheuse', 'analyst', 'analyste', 'expert', 'experte'],
  ...['professor', 'professeur', 'historian', 'historien', 'historienne', 'economist'],
  ...['economiste', 'politologue', 'scholar', 'journalist', 'journaliste', 'correspondent'],
  ...['correspondant', 'correspondante', 'writer', 'ecrivain', 'author', 'auteur', 'blogger'],
  ...['academician', 'academicien', 'rector', 'recteur', 'lieutenant', 'captain', 'capitaine'],
];

/**
 * Lower-case words inside names: "Tamim bin Hamad al-Thani", "Mohamed Ould Cheikh", "Ursula von
 * der Leyen", "Lula da Silva". Folded. French "de"/"du" stay out: "Ivan Petrov de Rosatom".
 */
export const NAME_PARTICLES: readonly string[] = [
  ...['bin', 'ben', 'ibn', 'bint', 'ould', 'binti', 'al', 'el'],
  ...['von', 'van', 'der', 'den', 'ter', 'da', 'dos', 'das'],
];

/**
 * Words that end a name in a title-case line ("Assistant Foreign Minister Nong Rong | Meets Kazakh
 * Ambassador", "Sun Weidong | Holds Consultations with"): the verbs of headlines and the function
 * words a headline capitalises. Folded. Only read where the whole line is in title case.
 */
export const HEADLINE_STOP_WORDS: readonly string[] = [
  // verbs of headlines, third person
  ...['meets', 'holds', 'attends', 'announces', 'visits', 'calls', 'talks', 'says', 'speaks'],
  ...['receives', 'hosts', 'chairs', 'co-chairs', 'addresses', 'delivers', 'signs', 'pays'],
  ...['sends', 'congratulates', 'exchanges', 'discusses', 'urges', 'stresses', 'welcomes'],
  ...['leaves', 'arrives', 'concludes', 'wraps', 'joins', 'presides', 'expresses', 'extends'],
  ...['answers', 'briefs', 'tells', 'takes', 'gives', 'makes', 'reaffirms', 'emphasizes'],
  ...['emphasises', 'underlines', 'notes', 'hails', 'praises', 'condoles', 'inspects', 'launches'],
  ...['opens', 'closes', 'presents', 'accepts', 'elected', 'appointed', 'named', 'invited'],
  ...['interviewed', 'continues', 'starts', 'begins', 'ends', 'lays', 'tours', 'witnesses'],
  ...['co-hosts', 'travels', 'heads', 'leads', 'responds', 'rejects', 'denies', 'warns'],
  ...['highlights', 'outlines', 'proposes', 'agrees', 'vows', 'pledges', 'marks', 'unveils'],
  ...['jointly', 'separately', 'also', 'respectively', 'again'],
  // function words a headline capitalises
  ...['with', 'and', 'on', 'in', 'of', 'at', 'to', 'for', 'from', 'the', 'as', 'by', 'via'],
  ...['over', 'amid', 'ahead', 'about', 'into', 'upon', 'between', 'among', 'under', 'after'],
  ...['before', 'during', 'toward', 'towards', 'against', 'without', 'within', 'through'],
];

/** Prepositions a title-case headline keeps in lower case ("Holds Talks with", "over the Phone"). */
export const HEADLINE_LOWER_WORDS: readonly string[] = [
  ...['with', 'from', 'into', 'over', 'upon', 'onto', 'amid', 'about', 'ahead', 'after', 'among'],
  ...['under', 'between', 'during', 'through', 'toward', 'towards', 'against', 'without'],
  ...['within', 'via', 'than', 'that'],
];
