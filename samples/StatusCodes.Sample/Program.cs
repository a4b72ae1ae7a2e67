using System;
using System.Globalization;
using System.Text;

namespace StatusCodes.Sample;

/// <summary>
/// Prints the built-in status codes, or resolves one code, through the generated API.
/// <code>
/// StatusCodes.Sample                  the HTTP table in every locale, then the probe table
/// StatusCodes.Sample zh-TW            the same, the probe table in zh-TW
/// StatusCodes.Sample 404 [locale]     one HTTP code
/// StatusCodes.Sample PING 610 [locale] one site-monitoring probe code
/// StatusCodes.Sample json             JSON through the generated converter, written and read back
/// </code>
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var output = Console.Out;
        var error = Console.Error;

        if (args.Length > 0 && args[0] is "-h" or "--help")
        {
            PrintUsage(output);
            return 0;
        }

        if (args.Length == 0)
        {
            PrintTables(output, StatusLocales.Default);
            return 0;
        }

        if (args.Length == 1 && args[0] == "json")
        {
            return PrintJson(output, error);
        }

        if (args.Length == 1 && !IsNumber(args[0]))
        {
            if (!TryParseLocale(args[0], error, out var tableLocale))
            {
                return 1;
            }

            PrintTables(output, tableLocale);
            return 0;
        }

        if (IsNumber(args[0]))
        {
            if (args.Length > 2)
            {
                return Usage(error);
            }

            var locale = StatusLocales.Default;
            if (args.Length == 2 && !TryParseLocale(args[1], error, out locale))
            {
                return 1;
            }

            return PrintHttpCode(output, error, args[0], locale);
        }

        if (args.Length is 2 or 3 && IsNumber(args[1]))
        {
            var locale = StatusLocales.Default;
            if (args.Length == 3 && !TryParseLocale(args[2], error, out locale))
            {
                return 1;
            }

            return PrintProbeCode(output, error, args[0], args[1], locale);
        }

        return Usage(error);
    }

    private static void PrintTables(System.IO.TextWriter output, StatusLocale probeLocale)
    {
        output.WriteLine("HTTP status codes");
        output.WriteLine();
        output.WriteLine("| Code | Name | en-US | zh-CN | zh-TW |");
        output.WriteLine("|---:|---|---|---|---|");
        foreach (var status in HttpStatusExtensions.GetValues())
        {
            output.WriteLine(
                "| {0} | {1} | {2} | {3} | {4} |",
                ((int)status).ToString(CultureInfo.InvariantCulture),
                status.ToStringFast(),
                status.GetTitle(StatusLocale.EnUS),
                status.GetTitle(StatusLocale.ZhCN),
                status.GetTitle(StatusLocale.ZhTW));
        }

        output.WriteLine();
        output.WriteLine("Site-monitoring probe codes ({0})", probeLocale.GetName());
        output.WriteLine();
        output.WriteLine("| Protocol | Code | Title | Description |");
        output.WriteLine("|---|---:|---|---|");
        foreach (var protocol in SiteMonitorCodes.Keys)
        {
            foreach (var code in ProbeCodes)
            {
                if (SiteMonitorCodes.TryGetTitle(protocol, code, probeLocale, out var title)
                    && !HttpStatusExtensions.IsDefined(code)
                    && SiteMonitorCodes.TryGetDescription(protocol, code, probeLocale, out var description))
                {
                    output.WriteLine("| {0} | {1} | {2} | {3} |", protocol, code.ToString(CultureInfo.InvariantCulture), title, description);
                }
            }
        }
    }

    // The converter reads no options; a fresh instance, unlike JsonSerializerOptions.Default, is not
    // marked as needing reflection, so the trimmed build stays warning-free.
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new();

    // JsonSerializer needs a resolver before it uses options; an empty one asks for no reflection.
    private static readonly System.Text.Json.JsonSerializerOptions SerializerOptions = new() { TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine() };

    private static readonly int[] ProbeCodes = { 550, 610, 611, 613, 615, 616, 617, 703 };

    private static int PrintHttpCode(System.IO.TextWriter output, System.IO.TextWriter error, string text, StatusLocale locale)
    {
        if (!HttpStatusExtensions.TryParse(text, out var status))
        {
            error.WriteLine("{0} is not an HTTP status code this library knows. Try a code such as 404, or run without arguments for the full table.", text);
            return 1;
        }

        output.WriteLine("{0} {1} ({2})", ((int)status).ToString(CultureInfo.InvariantCulture), status.GetReasonPhrase(), status.ToStringFast());
        output.WriteLine("Locale:      {0}", locale.GetName());
        output.WriteLine("Title:       {0}", status.GetTitle(locale));
        output.WriteLine("Description: {0}", status.GetDescription(locale));
        output.WriteLine("Category:    {0} ({1})", status.GetCategory().GetTitle(locale), status.GetCategory().ToStringFast());
        return 0;
    }

    private static int PrintProbeCode(System.IO.TextWriter output, System.IO.TextWriter error, string protocol, string codeText, StatusLocale locale)
    {
        var code = int.Parse(codeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (!SiteMonitorCodes.TryGetTitle(protocol, code, locale, out var title)
            || !SiteMonitorCodes.TryGetDescription(protocol, code, locale, out var description))
        {
            error.WriteLine(
                "{0} {1} is not a site-monitoring code. Protocols: {2}.",
                protocol,
                codeText,
                string.Join(", ", SiteMonitorCodes.Keys));
            return 1;
        }

        output.WriteLine("{0} {1} ({2})", protocol.ToUpperInvariant(), code.ToString(CultureInfo.InvariantCulture), locale.GetName());
        output.WriteLine("Title:       {0}", title);
        output.WriteLine("Description: {0}", description);
        return 0;
    }

    /// <summary>
    /// Writes a few codes with the generated converter, as numbers and as names (values and
    /// dictionary keys), reads older names back, and shows the error for an unknown code. Direct
    /// reader and writer calls: no reflection, so the trimmed build behaves the same.
    /// </summary>
    private static int PrintJson(System.IO.TextWriter output, System.IO.TextWriter error)
    {
        var statuses = new[] { HttpStatus.NotFound, HttpStatus.UnprocessableContent, HttpStatus.Found };
        foreach (var writeNames in new[] { false, true })
        {
            var converter = new HttpStatusJsonConverter(writeNames);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var status in statuses)
                {
                    converter.WriteAsPropertyName(writer, status, JsonOptions);
                    converter.Write(writer, status, JsonOptions);
                }

                writer.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        // JsonSerializer too, through type metadata made from the converter: no reflection, so this
        // is what a trimmed or Native AOT app can do without a source-generated context.
        var typeInfo = System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<HttpStatus>(SerializerOptions, new HttpStatusJsonConverter(writeNames: true));
        var serialized = System.Text.Json.JsonSerializer.Serialize(HttpStatus.PermanentRedirect, typeInfo);
        output.WriteLine("JsonSerializer: {0} -> {1}", serialized, System.Text.Json.JsonSerializer.Deserialize(serialized, typeInfo).ToStringFast());

        var reader = new System.Text.Json.Utf8JsonReader("[\"unprocessableentity\", \"Redirect\", 413]"u8);
        var read = new HttpStatusJsonConverter();
        reader.Read();
        while (reader.Read() && reader.TokenType != System.Text.Json.JsonTokenType.EndArray)
        {
            output.WriteLine("read {0}", read.Read(ref reader, typeof(HttpStatus), JsonOptions).ToStringFast());
        }

        try
        {
            var unknown = new System.Text.Json.Utf8JsonReader("799"u8);
            unknown.Read();
            read.Read(ref unknown, typeof(HttpStatus), JsonOptions);
            error.WriteLine("799 was read as a code");
            return 1;
        }
        catch (System.Text.Json.JsonException e)
        {
            output.WriteLine("error: {0}", e.Message);
            return 0;
        }
    }

    private static bool TryParseLocale(string text, System.IO.TextWriter error, out StatusLocale locale)
    {
        if (StatusLocales.TryParse(text, out locale))
        {
            return true;
        }

        error.WriteLine("'{0}' is not a supported locale. Use one of: en-US, zh-CN, zh-TW (or an alias such as zh-HK, zh-Hant, en).", text);
        return false;
    }

    private static bool IsNumber(string text)
        => text.Length > 0 && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static int Usage(System.IO.TextWriter error)
    {
        PrintUsage(error);
        return 2;
    }

    private static void PrintUsage(System.IO.TextWriter writer)
    {
        writer.WriteLine("Usage:");
        writer.WriteLine("  StatusCodes.Sample                     HTTP codes in every locale, then the probe codes");
        writer.WriteLine("  StatusCodes.Sample <locale>            the same, probe codes in <locale> (en-US, zh-CN, zh-TW)");
        writer.WriteLine("  StatusCodes.Sample <code> [locale]     one HTTP status code, e.g. 404 zh-TW");
        writer.WriteLine("  StatusCodes.Sample <protocol> <code> [locale]  one probe code, e.g. PING 610 zh-CN");
        writer.WriteLine("  StatusCodes.Sample json                JSON through the generated HttpStatusJsonConverter");
    }
}
