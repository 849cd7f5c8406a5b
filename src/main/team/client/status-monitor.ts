import type { TeamSyncStatus } from '../../../shared/team-status'
import type { MemberRepo } from './member-repo'
import { syncStatus } from './sync-status'

export type StatusMonitor = {
  current(): TeamSyncStatus
  /** Recomputes now (also done on every link change and twice a second). */
  refresh(): Promise<TeamSyncStatus>
  stop(): void
}

/**
 * Keeps a member repo's sync status current and reports each change once, for the status chip
 * (the `team:status` event). Polling twice a second bounds the cost whatever the edit rate.
 */
export function monitorStatus(
  m: MemberRepo,
  who: { member: string; server: string },
  onChange: (s: TeamSyncStatus) => void,
  everyMs = 500
): StatusMonitor {
  let last: TeamSyncStatus = {
    state: 'offline',
    ...who,
    waiting: 0,
    reason: 'connecting'
  }
  let running: Promise<TeamSyncStatus> | null = null
  const refresh = (): Promise<TeamSyncStatus> =>
    (running ??= syncStatus(m, who)
      .then((s) => {
        if (JSON.stringify(s) !== JSON.stringify(last)) {
          last = s
          onChange(s)
        }
        return s
      })
      .finally(() => (running = null)))
  const timer = setInterval(() => void refresh().catch(() => undefined), everyMs)
  timer.unref()
  const unsubscribe = m.onLink(() => void refresh().catch(() => undefined))
  return {
    current: () => last,
    refresh,
    stop: () => {
      clearInterval(timer)
      unsubscribe()
    }
  }
}
