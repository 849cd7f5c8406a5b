import type { ClaimCell, ClaimTable } from '../../../shared/analysis/stories/claim-table'

type Props = { table: ClaimTable; onOpenPassage: (cell: ClaimCell) => void }

const SHOWN = 6

/** What every outlet reports, and what only one does ("what's unique"). */
export function Coverage({ table, onOpenPassage }: Props): React.JSX.Element {
  const outlet = (key: string): string => table.columns.find((c) => c.key === key)?.outlet ?? key
  const unique = Object.entries(table.unique)
  const first = (cells: ClaimCell[] | undefined): ClaimCell | undefined => cells?.[0]
  return (
    <div className="story-coverage" data-testid="story-coverage">
      <div>
        <h3>Every outlet reports</h3>
        {table.shared.length === 0 ? (
          <p className="story-empty">No claim is stated alike by all of them.</p>
        ) : (
          <ul data-testid="coverage-shared">
            {table.shared.map((r) => {
              const cell = first(Object.values(r.cells)[0])
              return (
                <li key={r.key}>
                  {cell ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpenPassage(cell)}
                    >
                      {r.label}: {cell.value}
                    </button>
                  ) : (
                    r.label
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </div>
      <div>
        <h3>Only one outlet reports</h3>
        {unique.length === 0 ? (
          <p className="story-empty">Nothing is reported by one outlet alone.</p>
        ) : (
          <ul data-testid="coverage-unique">
            {unique.map(([key, rows]) => (
              <li key={key} data-column={key}>
                <strong>{outlet(key)}</strong>:{' '}
                {rows.slice(0, SHOWN).map((r, i) => {
                  const cell = first(r.cells[key])
                  return (
                    cell && (
                      <span key={r.key}>
                        {i ? '; ' : ''}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onOpenPassage(cell)}
                          data-testid="coverage-unique-fact"
                        >
                          {r.label} {cell.value}
                        </button>
                      </span>
                    )
                  )
                })}
                {rows.length > SHOWN && ` and ${rows.length - SHOWN} more`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
