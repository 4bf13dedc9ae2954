import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Tile } from './headline-figures';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 170px), 1fr))', gap: 'var(--ds-space-150, 12px)' } as const;
const tile = xcss({
  padding: 'space.200',
  borderRadius: 'radius.medium',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  backgroundColor: 'elevation.surface.raised',
  minHeight: '148px',
});
const placeholder = xcss({ borderRadius: 'radius.medium', backgroundColor: 'color.skeleton', minHeight: '148px' });

/** The words carry the meaning (faster, fewer…); colour only repeats it. */
const TONE = { better: 'color.text.success', worse: 'color.text.danger', neutral: 'color.text.subtle' } as const;

/** The headline figures, one tile each; the change lozenge says better/worse in words, not colour alone. */
export function HeadlineTiles({ tiles }: { tiles: Tile[] }) {
  return (
    <div style={grid} data-testid="headline-tiles">
      {tiles.map((t) => (
        <Box key={t.id} xcss={tile} testId={`tile-${t.id}`}>
          <Stack space="space.075">
            <Text size="small" weight="semibold" color="color.text.subtle">
              {t.label}
            </Text>
            <Heading size="large" as="div">
              <span data-testid={`tile-${t.id}-value`}>{t.value}</span>
            </Heading>
            <Text size="small" color="color.text.subtle">
              {t.detail}
            </Text>
            {t.change !== null && (
              <Text size="small" weight="semibold" color={TONE[t.change.tone]} testId={`tile-${t.id}-change`}>
                {t.change.text}
              </Text>
            )}
            {t.warning !== null && (
              <Text size="small" color="color.text.warning">
                {t.warning}
              </Text>
            )}
          </Stack>
        </Box>
      ))}
    </div>
  );
}

/** Tiles' placeholders at their final size while the first answer is on its way. */
export function HeadlineTilesPlaceholder({ count = 7 }: { count?: number }) {
  return (
    <div style={grid} aria-busy="true" aria-label="Loading the headline figures">
      {Array.from({ length: count }, (_, i) => (
        <Box key={i} xcss={placeholder} />
      ))}
    </div>
  );
}
