/**
 * Words that say nothing about which snippet fits: function words of the two languages the
 * packs are written in, and the greetings and sign-offs every support message carries. Without
 * them a ticket's "Hi, could you please…" would match every snippet that opens the same way.
 */
const english = `a about after again all also am an and any are as at be been before being both but by can
could did do does doing done each even for from get got had has have having he her here him his how i if in
into is it its just me more most my no not now of off on once only or other our out over own same she
should since so some still such than that the their them then there these they this those through to too
under until up very was we were what when where which while who why will with would yet you your yours
dear hello hi hey thanks thank please regards best kind cheers sorry`;

const german = `aber alle allem also am an auch auf aus bei bin bis bitte da damit dann das dass dem den der des
die dies diese diesem dieser doch dort du durch ein eine einem einen einer es für gibt hab habe haben hat
hatte ich ihr ihre im in ist ja jetzt kann kein keine mal man mein meine mich mir mit muss nach nicht noch
nun nur ob oder ohne schon sehr sein seit sich sie sind so über um und uns unser vom von vor war warum was
weil wenn wer wie wir wird zu zum zur hallo danke grüße gruß freundlichen viele liebe guten tag`;

export const stopwords: ReadonlySet<string> = new Set(
  `${english} ${german}`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.normalize('NFKD').replace(/\p{M}/gu, '')),
);
