import type { ClaimCell, ClaimTable } from '../../../shared/analysis/stories/claim-table'

type Props = { table: ClaimTable; onOpenPassage: (cell: ClaimCell) => void }

/** What every outlet reports, and what only one does. */
export function Coverage({ table, onOpenPassage }: Props): React.JSX.Element {
  const outlet = (id: string): string => table.columns.find((c) => c.article === id)?.outlet ?? id
  const unique = Object.entries(table.unique)
  return (
    <div className="story-coverage" data-testid="story-coverage">
      <div>
        <h3>Every outlet reports</h3>
        {table.shared.length === 0 ? (
          <p className="story-empty">No claim is stated alike by all of them.</p>
        ) : (
          <ul>
            {table.shared.map((r) => (
              <li key={r.key}>
                {r.label}: {Object.values(r.cells)[0]?.value}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3>Only one outlet reports</h3>
        {unique.length === 0 ? (
          <p className="story-empty">Nothing is reported by one outlet alone.</p>
        ) : (
          <ul>
            {unique.map(([id, rows]) => (
              <li key={id}>
                <strong>{outlet(id)}</strong>:{' '}
                {rows.slice(0, 6).map((r, i) => {
                  const cell = r.cells[id] as ClaimCell
                  return (
                    <button
                      type="button"
                      className="link-button"
                      key={r.key}
                      onClick={() => onOpenPassage(cell)}
                    >
                      {i ? '; ' : ''}
                      {r.label} {cell.value}
                    </button>
                  )
                })}
                {rows.length > 6 && ` and ${rows.length - 6} more`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
