// Boilerplate filtering after Readability: element rules on its article, then line rules on the
// paragraphs. Readability finds the story well but keeps too much around it (its precision is
// the weak side), so these rules only remove.
export { isFurniture, isLinkList, isLoneLink, linkDensity, removeFurniture } from './dom-rules.js';
export { filterParagraphs, isFurnitureLine, isSentence, isShoutedLine, trimEdges } from './text-rules.js';
export { isOverlay, removeChrome, removeOverlays } from './page-rules.js';
export { cutChromeMarkup, markupLetters } from './chrome-markup.js';
