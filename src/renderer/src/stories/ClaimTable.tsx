import type { ClaimCell, ClaimTable as Table } from '../../../shared/analysis/stories/claim-table'

type Props = {
  table: Table
  onOpenPassage: (cell: ClaimCell) => void
}

/** One row per claim, one column per outlet; conflicting rows marked; a cell opens its passage. */
export function ClaimTable({ table, onOpenPassage }: Props): React.JSX.Element {
  if (table.rows.length === 0)
    return <p className="story-empty">No claim is stated by two of these articles.</p>
  return (
    <div className="claim-table-wrap">
      <table className="claim-table" data-testid="claim-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            {table.columns.map((c) => (
              <th scope="col" key={c.article} data-article-id={c.article}>
                {c.outlet}
                {c.date && <span className="claim-col-date">{c.date}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr
              key={r.key}
              className={r.conflict ? 'conflict' : undefined}
              data-testid="claim-row"
              data-conflict={r.conflict}
            >
              <th scope="row">
                <span className="claim-kind">{r.kind}</span> {r.label}
                {r.conflict && <span className="claim-flag"> conflict</span>}
              </th>
              {table.columns.map((c) => {
                const cell = r.cells[c.article]
                return (
                  <td key={c.article}>
                    {cell && (
                      <button
                        type="button"
                        className="claim-cell"
                        onClick={() => onOpenPassage(cell)}
                        title="Open this passage in the reader"
                        data-testid="claim-cell"
                        data-article-id={c.article}
                        data-start={cell.start}
                      >
                        {cell.value}
                        {c.date && <span className="claim-time">{c.date}</span>}
                      </button>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
