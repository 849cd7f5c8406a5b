import type {
  ClaimCell,
  ClaimRow,
  ClaimTable as Table
} from '../../../shared/analysis/stories/claim-table'
import { formatTime } from '../../../shared/published'

type Props = {
  table: Table
  onOpenPassage: (cell: ClaimCell) => void
}

const FLAG: Record<ClaimRow['status'], string> = {
  conflict: 'conflict',
  update: 'updated figure',
  agree: ''
}

/**
 * One row per claim, one column per outlet; each cell holds that outlet's value and the time
 * of each article stating it. Conflicts and updated figures are marked; a value opens its
 * passage in the reader.
 */
export function ClaimTable({ table, onOpenPassage }: Props): React.JSX.Element {
  if (table.rows.length === 0)
    return <p className="story-empty">No claim is stated by two of these outlets.</p>
  return (
    <div className="claim-table-wrap">
      <table className="claim-table" data-testid="claim-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            {table.columns.map((c) => (
              <th scope="col" key={c.key} data-column={c.key}>
                {c.outlet}
                {c.articles.length > 1 && (
                  <span className="claim-col-date">{c.articles.length} articles</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr
              key={r.key}
              className={r.status === 'agree' ? undefined : r.status}
              data-testid="claim-row"
              data-conflict={r.conflict}
              data-status={r.status}
            >
              <th scope="row">
                <span className="claim-kind">{r.kind}</span> {r.label}
                {FLAG[r.status] && <span className="claim-flag"> {FLAG[r.status]}</span>}
              </th>
              {table.columns.map((c) => (
                <td key={c.key} data-column={c.key}>
                  {(r.cells[c.key] ?? []).map((cell) => (
                    <button
                      type="button"
                      key={cell.article}
                      className="claim-cell"
                      onClick={() => onOpenPassage(cell)}
                      title="Open this passage in the reader"
                      data-testid="claim-cell"
                      data-article-id={cell.article}
                      data-start={cell.start}
                    >
                      <span className="claim-value">{cell.value}</span>
                      {cell.time && (
                        <time className="claim-time" dateTime={cell.time}>
                          {formatTime(cell.time)}
                        </time>
                      )}
                    </button>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
