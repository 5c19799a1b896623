import { lazy, Suspense, useState } from 'react';
import { useT } from '../../../i18n';
import type { ValueTableProps } from './ValueTable';
import styles from './ValueTable.module.css';

// The table is read by few and can be long (200 words × 8 units), so its code and its rows arrive
// only when someone opens it.
const ValueTable = lazy(() => import('./ValueTable').then((module) => ({ default: module.ValueTable })));

/**
 * A native disclosure, "Show all values as a table", that opens the table of every value at every
 * step (the accessible alternative to the belt and the heatmap). The table loads and renders only
 * while open. Takes the same props as ValueTable.
 */
export function ValueTableDisclosure(props: ValueTableProps) {
  const words = useT().a11y.table;
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.disclosure} data-testid="value-table-disclosure" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={styles.summary}>{words.show}</summary>
      {open && (
        <Suspense fallback={<p className={styles.loading}>{words.loading}</p>}>
          <ValueTable {...props} />
        </Suspense>
      )}
    </details>
  );
}
