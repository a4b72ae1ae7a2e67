namespace StatusCodes.Generators.Emitting;

/// <summary>
/// The two overloads every localized lookup has beside the one that takes a <c>StatusLocale</c>: by
/// <c>CultureInfo</c> (null: the current UI culture) and by the current UI culture, both forwarding
/// to it through <c>StatusLocales.FromCulture</c> and <c>StatusLocales.Current</c>.
/// </summary>
internal static class LocaleOverloads
{
    /// <summary>Writes both overloads, each after its one-line summary, with a blank line between them.</summary>
    /// <param name="head">The declaration up to the parameters, such as <c>public static string GetTitle</c>.</param>
    /// <param name="method">The overload that takes a <c>StatusLocale</c>, such as <c>GetTitle</c>.</param>
    /// <param name="receiver">The first parameter, such as <c>this global::N.HttpStatus value</c>; its name is passed on.</param>
    /// <param name="locales">The global name of <c>StatusLocales</c>.</param>
    public static void Write(SourceWriter writer, string head, string method, string receiver, string locales, string cultureSummary, string currentSummary)
    {
        var argument = receiver.Substring(receiver.LastIndexOf(' ') + 1);
        writer.Line("/// <summary>" + cultureSummary + "</summary>");
        writer.Line(head + "(" + receiver + ", " + KnownTypes.CultureInfo + "? culture) => " + method + "(" + argument + ", " + locales + ".FromCulture(culture));");
        writer.Line();
        writer.Line("/// <summary>" + currentSummary + "</summary>");
        writer.Line(head + "(" + receiver + ") => " + method + "(" + argument + ", " + locales + ".Current);");
    }
}
