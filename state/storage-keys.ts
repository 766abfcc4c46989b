/** Where the planner keeps designs in this browser's storage (apart from start-up's decoding, which loads later). */
export const STORAGE_KEY = 'ai-factory-planner:design';
/** Raw text of a stored design that could not be read, kept instead of deleted. */
export const DAMAGED_BACKUP_KEY = 'ai-factory-planner:design:damaged';
/** The user's own design, kept when a share link replaced it. */
export const PREVIOUS_DESIGN_KEY = 'ai-factory-planner:design:before-link';
