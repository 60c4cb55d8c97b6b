// The source text with every mention marked as on pages (<sanad-mark data-entity-id data-entity-type>,
// the shared palette) and one passage emphasized. Text is rendered as text nodes only: the container's
// textContent is exactly the source text, which is what maps a selection back to offsets.
import { h, type ComponentChildren, type Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import type { EntityLabel } from '../../lib/messages';
import { langAttrs } from '../../components/t';
import { readerTree, type ReaderMention, type ReaderNode } from './segments';

export type EmphasisKind = 'quote' | 'note';

export interface ReaderTextProps {
  text: string;
  lang: string;
  mentions: readonly ReaderMention[];
  passage: { start: number; end: number; kind: EmphasisKind } | null;
  /** The entity the reader was opened for: its marks stand out. */
  entityId: string | null;
  labels: ReadonlyMap<string, EntityLabel>;
  uiLang: 'en' | 'ar';
  containerRef: Ref<HTMLDivElement>;
  passageRef: Ref<HTMLElement>;
  passageLabelId: string;
  ariaLabel: string;
}

export const MARK_TAG = 'sanad-mark';

function renderNodes(nodes: ReaderNode[], props: ReaderTextProps): ComponentChildren[] {
  return nodes.map((node) => {
    if (node.kind === 'text') return props.text.slice(node.start, node.end);
    const children = renderNodes(node.children, props);
    if (node.kind === 'passage')
      return (
        <mark
          key={`p${node.start}`}
          class="passage"
          data-kind={props.passage?.kind}
          data-testid="passage"
          tabIndex={-1}
          ref={props.passageRef}
          aria-describedby={props.passageLabelId}
        >
          {children}
        </mark>
      );
    const { entityId, type } = node.mention;
    const label = props.labels.get(entityId);
    return h(
      MARK_TAG,
      {
        key: `m${node.start}-${entityId}`,
        'data-entity-id': entityId,
        'data-entity-type': type,
        'data-current': entityId === props.entityId ? 'true' : undefined,
        title: label ? label.names[props.uiLang] : undefined,
      },
      children,
    );
  });
}

export function ReaderText(props: ReaderTextProps) {
  // Selection changes re-render the page: the tree is only rebuilt when the passage moves.
  const { start, end } = props.passage ?? { start: -1, end: -1 };
  const nodes = useMemo(
    () => readerTree(props.text, props.mentions, start >= 0 ? { start, end } : null),
    [props.text, props.mentions, start, end],
  );
  return (
    <div
      class="reader-text"
      ref={props.containerRef}
      role="region"
      aria-label={props.ariaLabel}
      {...langAttrs(props.lang)}
    >
      {renderNodes(nodes, props)}
    </div>
  );
}
