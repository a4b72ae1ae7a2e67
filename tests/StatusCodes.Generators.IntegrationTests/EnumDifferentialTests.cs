using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Contoso.Payments;
using Contoso.Shapes;
using Xunit;
using Xunit.Abstractions;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>
/// The generated lookups against <see cref="System.Enum"/>, per set shape, on random values and
/// random strings. Every disagreement must be one of the documented decisions
/// (<see cref="Difference"/>); any other is a failure. The counts go to the test output.
/// </summary>
public sealed class EnumDifferentialTests
{
    private const int Values = 100_000;
    private const int Strings = 100_000;

    private readonly ITestOutputHelper _output;

    public EnumDifferentialTests(ITestOutputHelper output) => _output = output;

    /// <summary>The documented ways the generated members differ from System.Enum (docs/interop.md).</summary>
    public enum Difference
    {
        /// <summary>TryParse reads an older name; Enum knows only members.</summary>
        OlderName,

        /// <summary>TryParse reads only defined codes; Enum.TryParse reads any int.</summary>
        UndefinedNumber,

        /// <summary>TryParse reads one name; Enum.TryParse ORs a comma-separated list.</summary>
        CommaList,

        /// <summary>TryParse reads a number of at most 11 characters (sign and leading zeros included).</summary>
        LongNumber,
    }

    [Fact]
    public void Dense_with_aliases_and_categories_HttpStatus()
        => Run(new Shape<HttpStatus>(
            "HttpStatus", 1,
            (string s, out HttpStatus v) => HttpStatusExtensions.TryParse(s, out v),
            v => v.ToStringFast(),
            v => v.IsDefined(),
            (int c, out HttpStatus v) => HttpStatusExtensions.TryFromCode(c, out v),
            typeof(HttpStatusExtensions)));

    [Fact]
    public void Dense_with_aliases_categories_and_a_keyword_name_PaymentStatus()
        => Run(new Shape<PaymentStatus>(
            "PaymentStatus", 2,
            (string s, out PaymentStatus v) => PaymentStatusExtensions.TryParse(s, out v),
            v => v.ToStringFast(),
            v => v.IsDefined(),
            (int c, out PaymentStatus v) => PaymentStatusExtensions.TryFromCode(c, out v),
            typeof(PaymentStatusExtensions)));

    [Fact]
    public void Dense_without_aliases_or_categories_PingProbeStatus()
        => Run(new Shape<PingProbeStatus>(
            "PingProbeStatus", 3,
            (string s, out PingProbeStatus v) => PingProbeStatusExtensions.TryParse(s, out v),
            v => v.ToStringFast(),
            v => v.IsDefined(),
            (int c, out PingProbeStatus v) => PingProbeStatusExtensions.TryFromCode(c, out v),
            typeof(PingProbeStatusExtensions)));

    [Fact]
    public void Sparse_with_aliases_categories_and_both_ends_of_int_SparseStatus()
        => Run(new Shape<SparseStatus>(
            "SparseStatus", 4,
            (string s, out SparseStatus v) => SparseStatusExtensions.TryParse(s, out v),
            v => v.ToStringFast(),
            v => v.IsDefined(),
            (int c, out SparseStatus v) => SparseStatusExtensions.TryFromCode(c, out v),
            typeof(SparseStatusExtensions)));

    [Fact]
    public void Sparse_without_aliases_or_categories_SparsePlainStatus()
        => Run(new Shape<SparsePlainStatus>(
            "SparsePlainStatus", 5,
            (string s, out SparsePlainStatus v) => SparsePlainStatusExtensions.TryParse(s, out v),
            v => v.ToStringFast(),
            v => v.IsDefined(),
            (int c, out SparsePlainStatus v) => SparsePlainStatusExtensions.TryFromCode(c, out v),
            typeof(SparsePlainStatusExtensions)));

    private void Run<T>(Shape<T> shape)
        where T : struct, Enum
    {
        var random = new Random(1500 + shape.Seed);
        var codes = Enum.GetValues<T>().Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).ToArray();
        var names = Enum.GetNames<T>();
        var olderNames = shape.Extensions.GetNestedType("OlderNames")?.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).ToArray() ?? Array.Empty<string>();
        var failures = new List<string>();

        // Values: every defined code and its neighbours, both ends of int, then random ones.
        var values = codes.SelectMany(c => new long[] { c - 1L, c, c + 1L }).Where(c => c is >= int.MinValue and <= int.MaxValue).Select(c => (int)c)
            .Concat(new[] { int.MinValue, int.MaxValue, 0, -1 })
            .Concat(Enumerable.Range(0, Values).Select(_ => random.Next(4) == 0 ? random.Next(int.MinValue, int.MaxValue) : codes[random.Next(codes.Length)] + random.Next(-3, 4)))
            .ToList();
        foreach (var code in values)
        {
            var value = (T)Enum.ToObject(typeof(T), code);
            var defined = Enum.IsDefined(value);
            Check(failures, shape.IsDefined(value) == defined, $"IsDefined({code})");
            Check(failures, shape.TryFromCode(code, out var converted) == defined && (!defined || converted.Equals(value)), $"TryFromCode({code})");
            Check(failures, shape.ToStringFast(value) == value.ToString(), $"ToStringFast({code}) \"{shape.ToStringFast(value)}\" vs ToString() \"{value}\"");
            if (defined)
            {
                Check(failures, shape.ToStringFast(value) == Enum.GetName(value), $"Enum.GetName({code})");
            }
        }

        // Strings: names and older names in any case, neighbours of them, numbers, lists, noise.
        var counts = Enum.GetValues<Difference>().ToDictionary(d => d, _ => 0);
        var agreed = 0;
        for (var i = 0; i < Strings; i++)
        {
            var text = RandomText(random, names, olderNames, codes);
            var ours = shape.TryParse(text, out var parsed);
            var theirs = Enum.TryParse<T>(text, ignoreCase: true, out var enumParsed);
            if (ours == theirs && (!ours || parsed.Equals(enumParsed)))
            {
                agreed++;
                continue;
            }

            var difference = Classify(text, ours, theirs, enumParsed, olderNames);
            if (difference is null)
            {
                failures.Add($"TryParse(\"{Escape(text)}\"): generated {ours} {(ours ? parsed.ToString() : string.Empty)}, Enum {theirs} {(theirs ? enumParsed.ToString() : string.Empty)}");
            }
            else
            {
                counts[difference.Value]++;
            }
        }

        _output.WriteLine(
            "{0}: {1} values agree; {2} strings: {3} agree, {4}",
            shape.Name,
            values.Count,
            Strings,
            agreed,
            string.Join(", ", counts.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture))));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static Difference? Classify<T>(string text, bool ours, bool theirs, T enumParsed, string[] olderNames)
        where T : struct, Enum
    {
        var trimmed = text.Trim();
        if (ours && !theirs && olderNames.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            return Difference.OlderName;
        }

        if (!ours && theirs)
        {
            if (trimmed.Contains(',', StringComparison.Ordinal))
            {
                return Difference.CommaList;
            }

            if (int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                return Enum.IsDefined(enumParsed) ? (trimmed.Length > 11 ? Difference.LongNumber : null) : Difference.UndefinedNumber;
            }
        }

        return null;
    }

    private static string RandomText(Random random, string[] names, string[] olderNames, int[] codes)
    {
        string Name() => names[random.Next(names.Length)];
        string AnyName() => olderNames.Length > 0 && random.Next(3) == 0 ? olderNames[random.Next(olderNames.Length)] : Name();
        string Code() => (random.Next(3) == 0 ? random.Next(int.MinValue, int.MaxValue) : codes[random.Next(codes.Length)] + random.Next(-1, 2)).ToString(CultureInfo.InvariantCulture);

        var text = random.Next(12) switch
        {
            0 => Name(),
            1 => ChangeCase(random, AnyName()),
            2 => olderNames.Length > 0 ? ChangeCase(random, olderNames[random.Next(olderNames.Length)]) : Name(),
            3 => Mutate(random, AnyName()),
            4 => Code(),
            5 => (random.Next(2) == 0 ? "+" : "-") + Code().TrimStart('-'),
            6 => new string('0', random.Next(1, 12)) + Code().TrimStart('-'),
            7 => AnyName() + (random.Next(2) == 0 ? "," : ", ") + AnyName(),
            8 => "0x" + random.Next(0, 2000).ToString("X", CultureInfo.InvariantCulture),
            9 => Mutate(random, Code()),
            10 => Noise(random),
            _ => Code() + "," + Code(),
        };

        // Surrounding white space of the kinds both sides trim, now and then.
        return random.Next(5) switch
        {
            0 => " " + text,
            1 => text + "\t",
            2 => "\n " + text + " \r",
            _ => text,
        };
    }

    private static string ChangeCase(Random random, string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(2) == 0 ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var position = random.Next(builder.Length + 1);
        const string Alphabet = "aZ09_ -+,.\u00e9\u0130\u212a";
        switch (random.Next(3))
        {
            case 0:
                builder.Insert(position, Alphabet[random.Next(Alphabet.Length)]);
                break;
            case 1 when builder.Length > 0:
                builder.Remove(Math.Min(position, builder.Length - 1), 1);
                break;
            default:
                if (builder.Length > 0)
                {
                    builder[Math.Min(position, builder.Length - 1)] = Alphabet[random.Next(Alphabet.Length)];
                }

                break;
        }

        return builder.ToString();
    }

    private static string Noise(Random random)
    {
        var length = random.Next(0, 13);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(0x20, 0x7F);
        }

        return new string(chars);
    }

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    private static void Check(List<string> failures, bool condition, string what)
    {
        if (!condition && failures.Count < 100)
        {
            failures.Add(what);
        }
    }

    private delegate bool TryParseText<T>(string text, out T value);

    private delegate bool TryConvert<T>(int code, out T value);

    private sealed record Shape<T>(string Name, int Seed, TryParseText<T> TryParse, Func<T, string> ToStringFast, Func<T, bool> IsDefined, TryConvert<T> TryFromCode, Type Extensions)
        where T : struct, Enum;
}
