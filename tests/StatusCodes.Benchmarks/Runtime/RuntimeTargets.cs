namespace StatusCodesBenchmarks.Runtime;

/// <summary>
/// One goal of issue 6: the generated benchmark's time divided by the peer's, at most
/// <see cref="MaxRatio"/> (null: allocation only). Ratios come from one run, never from separate ones.
/// </summary>
/// <param name="InHeadline">Whether the README's headline shows it; the dictionaries and the single-locale reason phrase are context.</param>
public sealed record RuntimeTarget(string Category, string Generated, string Peer, double? MaxRatio, string Goal, bool InHeadline = true)
{
    public static RuntimeTarget[] All { get; } =
    {
        new("(code, locale) → title", nameof(TitleBenchmarks.GeneratedTitle), nameof(TitleBenchmarks.ResourceManagerTitle), 1 / 25.0, "≥ 25× faster"),
        new("(code, locale) → title", nameof(TitleBenchmarks.GeneratedTitle), nameof(TitleBenchmarks.AspNetCoreReasonPhrase), 1.0, "≤ 1.0×"),
        new("(code, locale) → title", nameof(TitleBenchmarks.GeneratedTitle), nameof(TitleBenchmarks.DictionaryTitle), null, "0 B", InHeadline: false),
        new("(code, locale) → title", nameof(TitleBenchmarks.GeneratedTitle), nameof(TitleBenchmarks.FrozenDictionaryTitle), null, "0 B", InHeadline: false),
        new("code → reason (one locale)", nameof(TitleBenchmarks.GeneratedReasonPhrase), nameof(TitleBenchmarks.AspNetCoreReasonPhrase), 1.0, "≤ 1.0×", InHeadline: false),
        new("value → name", nameof(EnumBenchmarks.GeneratedToStringFast), nameof(EnumBenchmarks.EnumToString), 0.2, "0 B, ≤ 0.2×"),
        new("IsDefined(int)", nameof(EnumBenchmarks.GeneratedIsDefined), nameof(EnumBenchmarks.EnumIsDefined), 0.3, "≤ 0.3×"),
        new("TryParse(string), ignore case", nameof(EnumBenchmarks.GeneratedTryParseString), nameof(EnumBenchmarks.EnumTryParseString), 0.15, "0 B, ≤ 0.15×"),
        new("TryParse(span), ignore case", nameof(EnumBenchmarks.GeneratedTryParseSpan), nameof(EnumBenchmarks.EnumTryParseSpan), 0.15, "0 B, ≤ 0.15×"),
        new("culture → StatusLocale", nameof(TitleBenchmarks.GeneratedFromCulture), nameof(TitleBenchmarks.ResourceManagerTitle), 0.1, "0 B, ≤ 0.1×"),
        new("title via CultureInfo", nameof(TitleBenchmarks.GeneratedTitleByCulture), nameof(TitleBenchmarks.ResourceManagerTitle), 0.1, "0 B, ≤ 0.1×"),
        new("sparse set: (code, locale) → title", nameof(SparseBenchmarks.GeneratedSparseTitle), nameof(SparseBenchmarks.SparseDictionaryTitle), null, "0 B", InHeadline: false),
        new("sparse set: (code, locale) → title", nameof(SparseBenchmarks.GeneratedSparseTitle), nameof(SparseBenchmarks.SparseFrozenDictionaryTitle), null, "0 B", InHeadline: false),
        new("GetValues", nameof(ListBenchmarks.GeneratedGetValues), nameof(ListBenchmarks.EnumGetValues), null, "0 B"),
        new("GetNames", nameof(ListBenchmarks.GeneratedGetNames), nameof(ListBenchmarks.EnumGetNames), null, "0 B"),
        new("foreach over GetValues", nameof(ListBenchmarks.GeneratedForeachValues), nameof(ListBenchmarks.EnumForeachValues), 1.0, "0 B, ≤ 1.0×", InHeadline: false),
        new("foreach over GetNames", nameof(ListBenchmarks.GeneratedForeachNames), nameof(ListBenchmarks.EnumForeachNames), 1.0, "0 B, ≤ 1.0×", InHeadline: false),
    };
}
