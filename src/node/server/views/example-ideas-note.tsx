/** The "voorbeelddata" banner of the pages that show ideas; nothing when the databank is real. */
import type { ExampleIdeas } from '../../../core/ideas/example-ideas.js';
import { ideasPageText } from '../../../core/text/page-text.js';

export function ExampleIdeasNote(props: {
  readonly example: ExampleIdeas;
  readonly all?: string;
  readonly some?: string;
}) {
  if (props.example === 'none') return null;
  const text =
    props.example === 'all'
      ? (props.all ?? ideasPageText.exampleNote)
      : (props.some ?? ideasPageText.exampleNoteSome);
  return <p class="banner banner--example">{text}</p>;
}
