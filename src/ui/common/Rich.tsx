import { Fragment, type ReactNode } from 'react';
import { splitTemplate } from '../../i18n';

/**
 * A dictionary template with rich content in its {placeholders}: `<Rich template={t.player.counter}
 * values={{ step: <strong>4</strong>, total: 5 }} />`. Each language keeps its own word order.
 */
export function Rich({ template, values }: { template: string; values: Readonly<Record<string, ReactNode>> }) {
  return (
    <>
      {splitTemplate(template).map((part, index) => (
        <Fragment key={index}>{'text' in part ? part.text : part.placeholder in values ? values[part.placeholder] : `{${part.placeholder}}`}</Fragment>
      ))}
    </>
  );
}
