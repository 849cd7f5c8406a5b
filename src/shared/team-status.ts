/**
 * How a team library stands with its server, for the status chip. `waiting` counts local
 * changes the server has not yet acknowledged; they are safe on this disk either way.
 */
export type TeamSyncStatus =
  | { state: 'solo' }
  | { state: 'synced'; member: string; server: string }
  | { state: 'syncing'; member: string; server: string; waiting: number }
  | { state: 'offline'; member: string; server: string; waiting: number; reason: string }
  | { state: 'refused'; member: string; server: string; waiting: number; reason: string }

export const SOLO_STATUS: TeamSyncStatus = { state: 'solo' }

const changes = (n: number): string => (n === 1 ? '1 change' : `${n} changes`)

/** The chip's words: "Synced", "Syncing…", "Offline · 3 changes waiting". */
export function teamStatusLabel(s: TeamSyncStatus): string {
  switch (s.state) {
    case 'solo':
      return ''
    case 'synced':
      return 'Synced'
    case 'syncing':
      return s.waiting > 0 ? `Syncing · ${changes(s.waiting)} waiting` : 'Syncing…'
    case 'offline':
      return s.waiting > 0 ? `Offline · ${changes(s.waiting)} waiting` : 'Offline'
    case 'refused':
      return s.waiting > 0 ? `Not syncing · ${changes(s.waiting)} waiting` : 'Not syncing'
  }
}
