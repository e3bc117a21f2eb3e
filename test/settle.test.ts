import {allInOrder} from '../src/ibm/settle.js'

const later = <T>(ms: number, fn: () => T): Promise<T> =>
  new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(fn())
      } catch (e) {
        reject(e)
      }
    }, ms)
  )

describe('allInOrder', () => {
  it('gives the values in argument order', async () => {
    await expect(
      allInOrder([later(20, () => 'a'), later(1, () => 2)])
    ).resolves.toEqual(['a', 2])
  })

  it('throws the first rejection in argument order, not the first to arrive', async () => {
    // The second promise rejects first; Promise.all would throw its error.
    const run = () =>
      allInOrder([
        later(30, () => {
          throw new Error('first argument')
        }),
        later(1, () => {
          throw new Error('second argument')
        })
      ])
    await expect(
      Promise.all([
        later(30, () => {
          throw new Error('first argument')
        }),
        later(1, () => {
          throw new Error('second argument')
        })
      ])
    ).rejects.toThrow('second argument')
    await expect(run()).rejects.toThrow('first argument')
  })

  it('waits for every promise before it throws', async () => {
    let settled = false
    await expect(
      allInOrder([
        Promise.reject(new Error('early')),
        later(20, () => {
          settled = true
        })
      ])
    ).rejects.toThrow('early')
    expect(settled).toBe(true)
  })
})
