/** Firestore facts shared by runtimes, constructs and tests. Dependency-free (constructs import it). */

/** The database every project gets, and the id Google gives it. */
export const FIRESTORE_DEFAULT_DATABASE = "(default)";

/** Firestore REST API v1 (tests point runtimes at a stand-in instead). */
export const FIRESTORE_BASE_URL = "https://firestore.googleapis.com/v1";
