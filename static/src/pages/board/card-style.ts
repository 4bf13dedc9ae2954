/** A card's fixed height and the gap below it (board.css draws the card; the virtualiser needs the numbers). */
export const CARD_HEIGHT = 112;
export const CARD_GAP = 8;
