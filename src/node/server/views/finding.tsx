/**
 * A finding on a page: the plain paragraph, and the statistics behind it one click away
 * ("Voor de kenner", a native <details>: no script, keyboard and screen reader work as they are).
 */
import type { StoryFinding } from '../../../core/text/story.js';
import { storyText } from '../../../core/text/page-text.js';

export function FindingText(props: { readonly finding: StoryFinding }) {
  const { finding } = props;
  return (
    <>
      <p>{finding.plain}</p>
      {finding.expert.length > 0 ? (
        <details class="expert">
          <summary>{storyText.expert}</summary>
          <ul>
            {finding.expert.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
