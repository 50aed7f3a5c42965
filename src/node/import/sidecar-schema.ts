import * as z from 'zod';

/** What a sidecar `x.meta.json` may say about `x.csv`, `x.xlsx` or `x.json` (other fields ignored). */
export const SidecarSchema = z.looseObject({
  /** Source line shown with the table. */
  title: z.string().trim().min(1),
  /** Constructed example data: every output then says "voorbeelddata". Default false. */
  example: z.boolean().default(false),
  /** Where the table can be found (the CBS table's page); the method page links it. */
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** What an ideas file's sidecar may say: only whether it is example data (a title is not needed). */
export const IdeasSidecarSchema = z.looseObject({ example: z.boolean().default(false) });
