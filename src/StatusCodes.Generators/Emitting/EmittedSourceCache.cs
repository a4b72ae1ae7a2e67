using System;
using System.Collections.Generic;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// The generated texts of this process, keyed by hint name and the value-equal model they were
/// written from: a later compilation with an equal model (the compiler server building the same
/// project again, with a new generator driver) gets the text without running the emitter.
/// </summary>
/// <remarks>
/// An emitter reads nothing but its model, so an equal model means the same text; this is the
/// contract the incremental pipeline's own caching relies on. The cache holds at most
/// <see cref="MaxCharacters"/> characters (16 MB) and is emptied when the next text would not fit,
/// so a long-lived process (the compiler server, an IDE) keeps only the recent projects' texts.
/// </remarks>
internal static class EmittedSourceCache
{
    internal const long MaxCharacters = 8 * 1024 * 1024;

    private static readonly object Gate = new();
    private static readonly Dictionary<Key, string> Texts = new();
    private static long _characters;

    public static string GetOrEmit(string hintName, object model, Func<string> emit)
    {
        var key = new Key(hintName, model);
        lock (Gate)
        {
            if (Texts.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var text = emit();
        lock (Gate)
        {
            if (_characters + text.Length > MaxCharacters)
            {
                Texts.Clear();
                _characters = 0;
            }

            if (text.Length <= MaxCharacters && !Texts.ContainsKey(key))
            {
                Texts.Add(key, text);
                _characters += text.Length;
            }
        }

        return text;
    }

    /// <summary>Test and benchmark support: forgets every text, as a new process would.</summary>
    internal static void Clear()
    {
        lock (Gate)
        {
            Texts.Clear();
            _characters = 0;
        }
    }

    /// <summary>Test support: how many texts are held.</summary>
    internal static int Count
    {
        get
        {
            lock (Gate)
            {
                return Texts.Count;
            }
        }
    }

    private readonly struct Key : IEquatable<Key>
    {
        private readonly string _hintName;
        private readonly object _model;
        private readonly int _hashCode;

        public Key(string hintName, object model)
        {
            _hintName = hintName;
            _model = model;

            // Records hash their whole content: computed once per lookup, not per comparison.
            _hashCode = unchecked((StringComparer.Ordinal.GetHashCode(hintName) * 397) ^ model.GetHashCode());
        }

        public bool Equals(Key other)
            => _hashCode == other._hashCode
            && string.Equals(_hintName, other._hintName, StringComparison.Ordinal)
            && _model.GetType() == other._model.GetType()
            && _model.Equals(other._model);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => _hashCode;
    }
}
