import { expect, test } from './fixtures'

test.describe('browser host API', () => {
  test.beforeEach(({ transport }) => {
    test.skip(transport !== 'web', 'HTTP checks apply to the browser host only; Electron uses IPC')
  })

  test('an API call without the token is refused and returns no articles', async ({ app }) => {
    const res = await app.page.request.post(`${app.origin}/api/articles:list`, {
      data: { args: [] },
      headers: { 'Content-Type': 'application/json' }
    })
    expect(res.status()).toBe(401)
    const body = await res.json()
    expect(body.ok).toBe(false)
    expect(JSON.stringify(body)).not.toContain('Blinken')
  })

  test('the same call with the token returns the library', async ({ app }) => {
    const res = await app.page.request.post(`${app.origin}/api/articles:list`, {
      data: { args: [] },
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` }
    })
    expect(res.status()).toBe(200)
    const body = await res.json()
    expect(body.ok).toBe(true)
    expect(body.value).toHaveLength(5)
  })
})
