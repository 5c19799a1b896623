/** The About panel's element id, so other panels can link to its list of sources. */
export const ABOUT_ID = 'about-and-further-reading';
