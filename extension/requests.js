// The requests the popup sends the worker, named once for both sides.
export const OPEN_PAGES = 'open-pages';
export const OPEN_OFFER = 'open-offer';
