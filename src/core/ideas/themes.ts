/** The idea themes of config/themes.json, validated once: id, Dutch label and accepted aliases. */
import * as z from 'zod';
import themesJson from '../../../config/themes.json' with { type: 'json' };

export const themeConfigSchema = z.object({
  themes: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        label: z.string().min(1),
        aliases: z.array(z.string().min(1)).default([]),
      }),
    )
    .min(1),
});

export type ThemeConfig = z.infer<typeof themeConfigSchema>;
export type Theme = ThemeConfig['themes'][number];

export function parseThemeConfig(json: unknown): ThemeConfig {
  return themeConfigSchema.parse(json);
}

/** The bundled themes. */
export const THEMES: readonly Theme[] = parseThemeConfig(themesJson).themes;
