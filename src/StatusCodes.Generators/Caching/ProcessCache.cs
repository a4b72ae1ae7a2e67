using System;
using System.Collections.Generic;

namespace StatusCodes.Generators.Caching;

/// <summary>
/// A bounded, thread-safe map from value-equal keys to what was computed from them, kept for the life
/// of the process: it outlives generator drivers, so a compilation that brings equal inputs (the
/// compiler server building the same project again) gets the earlier result without the work.
/// </summary>
/// <remarks>
/// Only pure computations belong here: the value must follow from the key alone, the contract the
/// incremental pipeline's own caching relies on. Each entry has a weight; when the next entry would
/// take the total past the capacity the cache is emptied, and an entry heavier than the capacity is
/// never kept, so a long-lived process (the compiler server, an IDE) holds only recent results.
/// </remarks>
internal sealed class ProcessCache<TKey, TValue>
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, TValue> _entries = new();
    private readonly long _capacity;
    private readonly Func<TKey, TValue, long> _weigh;
    private long _weight;

    public ProcessCache(long capacity, Func<TKey, TValue, long> weigh)
    {
        _capacity = capacity;
        _weigh = weigh;
    }

    /// <summary>How many results are held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The result kept for <paramref name="key"/>, or what <paramref name="create"/> makes of it (kept when it fits).</summary>
    public TValue GetOrAdd(TKey key, Func<TValue> create)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var kept))
            {
                return kept;
            }
        }

        // Outside the lock: two threads may both compute an equal value; the first one is kept.
        var value = create();
        var weight = _weigh(key, value);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var kept))
            {
                return kept;
            }

            if (weight > _capacity)
            {
                return value;
            }

            if (_weight + weight > _capacity)
            {
                _entries.Clear();
                _weight = 0;
            }

            _entries.Add(key, value);
            _weight += weight;
        }

        return value;
    }

    /// <summary>Forgets every result, as a new process would.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _weight = 0;
        }
    }
}
