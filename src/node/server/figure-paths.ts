/**
 * Where the site serves a figure drawn for one width (routes/figure-drawings.ts draws it there, pages
 * and the static export link it). `{breedte}` in place of the width gives the figures island's pattern.
 */

/** The path of a figure of the analysis at a width. */
export function drawingPath(variant: string, id: string, width: number | '{breedte}'): string {
  return `/figuren/${variant}/${id}/${width}.svg`;
}

/** The path of a theme figure of the ideas at a width. */
export function themeDrawingPath(id: string, width: number | '{breedte}'): string {
  return `/ideeen/themas/figuren/${id}/${width}.svg`;
}
