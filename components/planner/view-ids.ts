/** Prefix of the view tabs' and panels' DOM ids ("views-tab-summary", "views-panel-summary"). */
export const VIEWS_PREFIX = 'views';

/** The element holding the views (or, when planning failed, the reason): the skip link's target. */
export const VIEWS_ID = 'views';
