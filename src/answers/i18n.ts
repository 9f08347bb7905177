// Labels in the three languages the bot speaks. Article content and our data stay in English.

export const LANGS = ['en', 'ja', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** Discord sends `en-US`, `ja`, `fr`, …: anything we do not translate falls back to English. */
export function langOf(locale: string | null | undefined): Lang {
  if (!locale) return 'en';
  if (locale === 'ja' || locale.startsWith('ja-')) return 'ja';
  if (locale === 'fr' || locale.startsWith('fr-')) return 'fr';
  return 'en';
}

const en = {
  date: 'Date',
  place: 'Place',
  participants: 'Participants',
  outcomes: 'Outcomes',
  sideEvents: 'Side events',
  sources: 'Sources',
  status: 'Status',
  asOf: 'as of {date}',
  latestSource: 'latest source',
  covers: 'What it covers',
  points: 'What was said',
  timeline: 'Timeline',
  speaker: 'Speaker',
  setting: 'Setting',
  settingUnknown: 'Not stated in the article',
  meeting: 'Meeting',
  kind: 'Kind',
  direct: 'Direct quote',
  reported: 'Reported speech — not a direct quote',
  roles: 'Roles over time',
  atTimeOf: 'at the time of the {meeting}',
  meetingsAttended: 'Meetings attended',
  quotes: 'Quotes',
  JP: 'Japan',
  FR: 'France',
  inferred: 'inferred',
  planned: 'planned',
  expected: 'expected',
  held: 'held',
  agreement: 'Agreement',
  initiative: 'Initiative',
  position: 'Joint position',
  notStated: 'not stated in the articles',
  footer: 'Article text is quoted in its original English.',
  headlinesOurs: 'Headlines are ours: the articles carry none.',
  notFound: 'Nothing found for “{q}”',
  notFoundBody: 'The two source articles say nothing that matches this.',
  didYouMean: 'Did you mean',
  whatExists: 'What I know',
  alsoMatching: 'Also matching',
  noDirectQuotes: '{name} is in the articles but is never quoted directly.',
  mentionedIn: 'Mentioned in',
  reportedOnly: 'Only reported speech: the articles never quote {name} directly.',
  error: 'Sorry, something went wrong on my side. It has been logged; please try again.',
  onlyCaller: 'Only the person who ran this command can turn its pages.',
  expired: 'These pages have expired: run the command again.',
  cooldown: 'You are going a little fast: try again in {s} s.',
  unknownCommand: 'I do not know this command. Try /help.',
  missingOption: 'What are you looking for? For example: {examples}',
  shuttingDown: 'I am restarting: please try again in a moment.',
  menuEmpty: 'That message has no text to check against the sources.',
  menuAttachmentsOnly: 'That message holds only attachments: I can check text, not files or images.',
  page: 'Page {n} of {total}',
  article: 'Article',
  published: 'Published',
  notNews: 'Not news',
  timelineTitle: 'Timeline of the Japan–France two-plus-two',
  helpTitle: 'Japan–France security ties: what I can answer',
  helpIntro: 'Everything I say comes from {articles} news reports and cites the sentence it rests on. I know {meetings} meetings, {people} people, {quotes} quotes and {agreements} agreements, initiatives and positions.',
  noQuotesTitle: 'No direct quotes from {name}',
} as const;

export type LabelKey = keyof typeof en;
type Labels = Record<LabelKey, string>;

const ja: Labels = {
  date: '日付',
  place: '場所',
  participants: '出席者',
  outcomes: '成果',
  sideEvents: '関連行事',
  sources: '出典',
  status: '現状',
  asOf: '{date}時点',
  latestSource: '最新の出典',
  covers: '内容',
  points: '要点',
  timeline: '経緯',
  speaker: '発言者',
  setting: '場面',
  settingUnknown: '記事に記載なし',
  meeting: '会合',
  kind: '種別',
  direct: '直接引用',
  reported: '間接話法（直接の引用ではありません）',
  roles: '役職の変遷',
  atTimeOf: '{meeting}の時点',
  meetingsAttended: '出席した会合',
  quotes: '発言',
  JP: '日本',
  FR: 'フランス',
  inferred: '推定',
  planned: '予定',
  expected: '見込み',
  held: '実施',
  agreement: '協定',
  initiative: '取り組み',
  position: '共同の立場',
  notStated: '記事に記載なし',
  footer: '記事の本文は英語の原文のまま引用しています。',
  headlinesOurs: '見出しは当ボットが付けたものです（記事には見出しがありません）。',
  notFound: '「{q}」に一致する情報はありません',
  notFoundBody: '二つの出典記事には、これに当たる記述がありません。',
  didYouMean: 'もしかして',
  whatExists: '収録内容',
  alsoMatching: '他の候補',
  noDirectQuotes: '{name}は記事に登場しますが、直接の発言の引用はありません。',
  mentionedIn: '言及箇所',
  reportedOnly: '間接話法のみ：記事は{name}の発言を直接引用していません。',
  error: '申し訳ありません、内部でエラーが発生しました。記録しましたので、もう一度お試しください。',
  onlyCaller: 'ページをめくれるのはコマンドを実行した人だけです。',
  expired: 'このページは期限切れです。コマンドをもう一度実行してください。',
  cooldown: '操作が速すぎます。{s}秒後にもう一度お試しください。',
  unknownCommand: 'このコマンドは分かりません。/help をお試しください。',
  missingOption: '何をお探しですか？例：{examples}',
  shuttingDown: '再起動中です。少ししてからもう一度お試しください。',
  menuEmpty: 'このメッセージには資料と照らし合わせる文章がありません。',
  menuAttachmentsOnly: 'このメッセージは添付ファイルのみです。確認できるのは文章だけで、ファイルや画像は読めません。',
  page: '{n} / {total} ページ',
  article: '記事',
  published: '掲載日',
  notNews: 'ニュース以外',
  timelineTitle: '日仏2+2の経緯',
  helpTitle: '日仏安全保障関係：答えられること',
  helpIntro: '回答はすべて{articles}本のニュース記事に基づき、根拠の一文を引用します。会合{meetings}件、人物{people}名、発言{quotes}件、協定・取り組み・立場{agreements}件を収録しています。',
  noQuotesTitle: '{name}の直接の発言はありません',
};

const fr: Labels = {
  date: 'Date',
  place: 'Lieu',
  participants: 'Participants',
  outcomes: 'Résultats',
  sideEvents: 'En marge',
  sources: 'Sources',
  status: 'Statut',
  asOf: 'au {date}',
  latestSource: 'source la plus récente',
  covers: 'Contenu',
  points: 'Points',
  timeline: 'Chronologie',
  speaker: 'Orateur',
  setting: 'Contexte',
  settingUnknown: 'Non précisé dans l’article',
  meeting: 'Réunion',
  kind: 'Type',
  direct: 'Citation directe',
  reported: 'Discours rapporté — pas une citation directe',
  roles: 'Fonctions successives',
  atTimeOf: 'lors de la {meeting}',
  meetingsAttended: 'Réunions',
  quotes: 'Citations',
  JP: 'Japon',
  FR: 'France',
  inferred: 'déduite',
  planned: 'prévu',
  expected: 'attendu',
  held: 'tenu',
  agreement: 'Accord',
  initiative: 'Initiative',
  position: 'Position commune',
  notStated: 'non précisé dans les articles',
  footer: 'Le texte des articles est cité dans sa version originale anglaise.',
  headlinesOurs: 'Les titres sont les nôtres : les articles n’en ont pas.',
  notFound: 'Aucun résultat pour « {q} »',
  notFoundBody: 'Les deux articles sources ne disent rien qui corresponde.',
  didYouMean: 'Vouliez-vous dire',
  whatExists: 'Ce que je connais',
  alsoMatching: 'Autres résultats',
  noDirectQuotes: '{name} apparaît dans les articles mais n’y est jamais cité directement.',
  mentionedIn: 'Mentionné dans',
  reportedOnly: 'Discours rapporté seulement : les articles ne citent jamais {name} directement.',
  error: 'Désolé, une erreur s’est produite de mon côté. Elle a été consignée ; veuillez réessayer.',
  onlyCaller: 'Seule la personne qui a lancé la commande peut tourner les pages.',
  expired: 'Ces pages ont expiré : relancez la commande.',
  cooldown: 'Un peu vite : réessayez dans {s} s.',
  unknownCommand: 'Je ne connais pas cette commande. Essayez /help.',
  missingOption: 'Que cherchez-vous ? Par exemple : {examples}',
  shuttingDown: 'Je redémarre : réessayez dans un instant.',
  menuEmpty: 'Ce message ne contient aucun texte à vérifier dans les sources.',
  menuAttachmentsOnly: 'Ce message ne contient que des pièces jointes : je vérifie du texte, pas des fichiers ni des images.',
  page: 'Page {n} sur {total}',
  article: 'Article',
  published: 'Publié',
  notNews: 'Hors information',
  timelineTitle: 'Chronologie des « 2+2 » franco-japonais',
  helpTitle: 'Relations de sécurité franco-japonaises : ce que je sais',
  helpIntro: 'Tout ce que je dis vient de {articles} articles de presse et cite la phrase sur laquelle cela repose. Je connais {meetings} réunions, {people} personnes, {quotes} citations et {agreements} accords, initiatives et positions.',
  noQuotesTitle: 'Aucune citation directe de {name}',
};

const LABELS: Record<Lang, Labels> = { en, ja, fr };

export function t(lang: Lang, key: LabelKey, vars: Record<string, string | number> = {}): string {
  return LABELS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const MONTHS: Record<'en' | 'fr', string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/**
 * A date as precise as it is known: `26 January 2018`, `January 2017`, `2015`; `2018年1月26日`;
 * `26 janvier 2018` (`1er` for the first). Written out rather than through Intl: exact on every
 * Node version and ICU build, and no locale data to load at start-up.
 */
export function formatDateValue(value: string, precision: 'day' | 'month' | 'year', lang: Lang): string {
  const [y = '', m = '1', d = '1'] = value.split('-');
  const month = Number(m);
  const day = Number(d);
  if (lang === 'ja') return precision === 'year' ? `${y}年` : precision === 'month' ? `${y}年${month}月` : `${y}年${month}月${day}日`;
  if (precision === 'year') return y;
  const name = MONTHS[lang][month - 1]!;
  if (precision === 'month') return `${name} ${y}`;
  return `${lang === 'fr' && day === 1 ? '1er' : day} ${name} ${y}`;
}
