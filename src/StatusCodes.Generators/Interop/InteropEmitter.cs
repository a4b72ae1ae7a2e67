using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Generators.Emitting;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Schema;

namespace StatusCodes.Generators.Interop;

/// <summary>One enum a set converts to, as the emitter needs it.</summary>
/// <param name="WithHelpers">
/// Whether this set also gets the extension methods on the enum itself and on its carriers
/// (<c>GetTitle(this HttpStatusCode …)</c>). Only the first set that converts to an enum gets
/// them, so a project with several such sets never sees an ambiguous call.
/// </param>
internal sealed record InteropTarget(string TypeName, bool IsLong, bool IsPublic, bool WithHelpers, EquatableArray<CarrierProperty> Carriers);

/// <summary>A set and the enums it converts to.</summary>
internal sealed record InteropSet(SetModel Set, EquatableArray<InteropTarget> Targets);

/// <summary>
/// Emits a set's conversions to the enums its <c>convertible-to</c> names (<c>ToHttpStatusCode</c>,
/// <c>FromHttpStatusCode</c>, <c>TryFromHttpStatusCode</c>) and, for the first set per enum, the
/// set's texts and category checks as extension methods on that enum and on the classes that carry
/// it (<c>HttpResponseMessage.StatusCode</c>). A separate file adding to the same
/// <c>static partial class {Set}Extensions</c>, built only on the set's public members.
/// </summary>
internal sealed class InteropEmitter
{
    private readonly InteropSet _input;
    private readonly SetModel _set;
    private readonly SourceWriter _w = new();
    private readonly string _type;
    private readonly string _categoryType;
    private readonly string _locale;
    private readonly string _locales;

    private InteropEmitter(InteropSet input)
    {
        _input = input;
        _set = input.Set;
        _type = CSharpNames.Global(_set.Namespace, _set.Name);
        _categoryType = CSharpNames.Global(_set.Namespace, GeneratedTypeNames.CategoryEnum(_set.Name));
        _locale = CSharpNames.Global(_set.LocaleNamespace, LocaleEmitter.EnumName);
        _locales = CSharpNames.Global(_set.LocaleNamespace, LocaleEmitter.ClassName);
    }

    public static string HintName(SetModel set) => set.Namespace + "." + set.Name + ".Interop.g.cs";

    public static string Emit(InteropSet input) => new InteropEmitter(input).Emit();

    /// <summary>The sets that convert to at least one usable enum, in catalog order (files in path order).</summary>
    public static ImmutableArray<InteropSet> Plan(CatalogModel catalog, EquatableArray<ConversionTarget> targets)
    {
        var result = ImmutableArray.CreateBuilder<InteropSet>();
        var served = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in catalog.Sets)
        {
            var usable = new List<InteropTarget>();
            foreach (var name in set.ConvertibleTo)
            {
                var target = targets.FirstOrDefault(t => t.TypeName == name);
                if (target is { Kind: ConversionTargetKind.Enum })
                {
                    usable.Add(new InteropTarget(name, target.IsLong, target.IsPublic, served.Add(name), target.Carriers));
                }
            }

            if (usable.Count > 0)
            {
                result.Add(new InteropSet(set, usable.ToEquatableArray()));
            }
        }

        return result.ToImmutable();
    }

    private bool HasCategories => !_set.Categories.IsEmpty;

    private string Emit()
    {
        GeneratedCode.WriteHeader(_w);
        using (_w.Block("namespace " + CSharpNames.Namespace(_set.Namespace)))
        {
            using (_w.Block(GeneratedCode.Accessibility(_set.IsPublic) + " static partial class " + CSharpNames.Identifier(GeneratedTypeNames.ExtensionsClass(_set.Name))))
            {
                var first = true;
                foreach (var target in _input.Targets)
                {
                    if (!first)
                    {
                        _w.Line();
                    }

                    first = false;
                    WriteConversions(target);
                    if (target.WithHelpers)
                    {
                        WriteEnumHelpers(target);
                        foreach (var carrier in target.Carriers)
                        {
                            WriteCarrierHelpers(target, carrier);
                        }
                    }
                }
            }
        }

        return _w.ToString();
    }

    private string Access(bool isPublic) => _set.IsPublic && isPublic ? "public" : "internal";

    private void WriteConversions(InteropTarget target)
    {
        var t = CSharpNames.GlobalFullName(target.TypeName);
        var simple = Identifiers.SimpleName(target.TypeName);
        var access = Access(target.IsPublic);
        var basis = target.IsLong ? "long" : "int";
        var cref = "<see cref=\"" + t + "\"/>";

        Doc(
            "Converts to " + cref + ": the same number. Every value converts, defined or not, because " + cref + " is based on " + basis + "; this never throws.",
            "<param name=\"value\">The " + CSharpNames.XmlText(_set.Name) + " value.</param>",
            "<returns>The " + CSharpNames.XmlText(simple) + " with the same number.</returns>");
        var cast = target.IsLong ? "(" + t + ")(long)(int)value" : "(" + t + ")(int)value";
        _w.Line(access + " static " + t + " To" + simple + "(this " + _type + " value) => " + cast + ";");
        _w.Line();

        Doc(
            "Converts a " + cref + " whose number " + CSharpNames.XmlText(_set.Name) + " defines; returns false (and <c>default</c>) for any other number.",
            "<param name=\"value\">The value to convert.</param>",
            "<param name=\"result\">The " + CSharpNames.XmlText(_set.Name) + " with the same number.</param>",
            "<returns>Whether the number is a defined code.</returns>");
        using (_w.Block(access + " static bool TryFrom" + simple + "(" + t + " value, out " + _type + " result)"))
        {
            if (target.IsLong)
            {
                _w.Line("long number = (long)value;");
                _w.Line("if (number >= int.MinValue && number <= int.MaxValue && IsDefined(unchecked((int)number)))");
                _w.OpenBrace();
                _w.Line("result = (" + _type + ")unchecked((int)number);");
            }
            else
            {
                _w.Line("if (IsDefined((int)value))");
                _w.OpenBrace();
                _w.Line("result = (" + _type + ")(int)value;");
            }

            _w.Line("return true;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("result = default;");
            _w.Line("return false;");
        }

        _w.Line();
        Doc(
            "Converts a " + cref + " whose number " + CSharpNames.XmlText(_set.Name) + " defines.",
            "<param name=\"value\">The value to convert.</param>",
            "<returns>The " + CSharpNames.XmlText(_set.Name) + " with the same number.</returns>",
            "<exception cref=\"" + KnownTypes.ArgumentOutOfRangeException + "\">The number of <paramref name=\"value\"/> is not a defined code.</exception>");
        _w.Line(access + " static " + _type + " From" + simple + "(" + t + " value) => TryFrom" + simple + "(value, out " + _type + " result)");
        _w.Line("    ? result");
        _w.Line("    : throw new " + KnownTypes.ArgumentOutOfRangeException + "(nameof(value), value, " + CSharpNames.Literal("The code is not defined in " + _set.Name + ".") + ");");
    }

    /// <summary><c>GetTitle(this HttpStatusCode …)</c> and friends: the set's members, reached through the same number.</summary>
    private void WriteEnumHelpers(InteropTarget target)
    {
        var t = CSharpNames.GlobalFullName(target.TypeName);
        var access = Access(target.IsPublic);
        var name = CSharpNames.XmlText(_set.Name);
        var asSet = target.IsLong ? "(" + _type + ")unchecked((int)(long)value)" : "(" + _type + ")(int)value";
        string Guard(string call, string outside) => target.IsLong
            ? "IsInt32(value) ? " + call + " : " + outside
            : call;

        if (target.IsLong)
        {
            _w.Line();
            _w.Line("private static bool IsInt32(" + t + " value) => (long)value >= int.MinValue && (long)value <= int.MaxValue;");
        }

        foreach (var (kind, noun) in new[] { ("Title", "title"), ("Description", "description") })
        {
            _w.Line();
            Doc("The " + noun + " of the " + name + " code with the number of <paramref name=\"value\"/>, in <paramref name=\"locale\"/> (as <c>Get" + kind + "</c> on " + name + " gives it, category fallback included).");
            _w.Line(access + " static string Get" + kind + "(this " + t + " value, " + _locale + " locale) => " + Guard("Get" + kind + "(" + asSet + ", locale)", "string.Empty") + ";");
            _w.Line();
            LocaleOverloads.Write(
                _w,
                access + " static string Get" + kind,
                "Get" + kind,
                "this " + t + " value",
                _locales,
                "The " + noun + " of the " + name + " code with the number of <paramref name=\"value\"/>, in the locale that best matches <paramref name=\"culture\"/> (null: the current UI culture).",
                "The " + noun + " of the " + name + " code with the number of <paramref name=\"value\"/>, in the locale that best matches the current UI culture.");
        }

        _w.Line();
        Doc("The invariant reason phrase of the " + name + " code with the number of <paramref name=\"value\"/>, or the empty string when it is not a defined code.");
        _w.Line(access + " static string GetReasonPhrase(this " + t + " value) => " + Guard("GetReasonPhrase(" + asSet + ")", "string.Empty") + ";");

        if (!HasCategories)
        {
            return;
        }

        _w.Line();
        Doc("The " + name + " category whose range holds the number of <paramref name=\"value\"/>, or <c>None</c>.");
        _w.Line(access + " static " + _categoryType + " GetCategory(this " + t + " value) => " + Guard("GetCategory(" + asSet + ")", "default") + ";");
        foreach (var category in _set.Categories)
        {
            _w.Line();
            Doc("Whether the number of <paramref name=\"value\"/> lies in " + CSharpNames.Number(category.From) + " to " + CSharpNames.Number(category.To) + " (" + CSharpNames.XmlText(category.Titles[0]) + ").");
            _w.Line(access + " static bool Is" + category.Name + "(this " + t + " value) => " + Guard("Is" + category.Name + "(" + asSet + ")", "false") + ";");
        }
    }

    /// <summary><c>response.GetTitle(locale)</c>: the same helpers, reading the carrier's property.</summary>
    private void WriteCarrierHelpers(InteropTarget target, CarrierProperty carrier)
    {
        var c = CSharpNames.GlobalFullName(carrier.TypeName);
        var access = Access(target.IsPublic && carrier.IsPublic);
        var property = CSharpNames.Identifier(carrier.PropertyName);
        var what = "<see cref=\"" + c + "." + property + "\"/>";
        var exception = "<exception cref=\"" + KnownTypes.ArgumentNullException + "\"><paramref name=\"response\"/> is null.</exception>";
        string Read(string call) => "response is null ? throw new " + KnownTypes.ArgumentNullException + "(nameof(response)) : " + call;

        foreach (var (kind, noun) in new[] { ("Title", "title"), ("Description", "description") })
        {
            _w.Line();
            Doc("The " + noun + " of the response's " + what + " in <paramref name=\"locale\"/>.", exception);
            _w.Line(access + " static string Get" + kind + "(this " + c + " response, " + _locale + " locale) => " + Read("Get" + kind + "(response." + property + ", locale)") + ";");
            _w.Line();
            Doc("The " + noun + " of the response's " + what + " in the locale that best matches <paramref name=\"culture\"/> (null: the current UI culture).", exception);
            _w.Line(access + " static string Get" + kind + "(this " + c + " response, " + KnownTypes.CultureInfo + "? culture) => " + Read("Get" + kind + "(response." + property + ", culture)") + ";");
            _w.Line();
            Doc("The " + noun + " of the response's " + what + " in the locale that best matches the current UI culture.", exception);
            _w.Line(access + " static string Get" + kind + "(this " + c + " response) => " + Read("Get" + kind + "(response." + property + ")") + ";");
        }

        if (!HasCategories)
        {
            return;
        }

        _w.Line();
        Doc("The " + CSharpNames.XmlText(_set.Name) + " category of the response's " + what + ".", exception);
        _w.Line(access + " static " + _categoryType + " GetCategory(this " + c + " response) => " + Read("GetCategory(response." + property + ")") + ";");
        foreach (var category in _set.Categories)
        {
            _w.Line();
            Doc("Whether the response's " + what + " lies in " + CSharpNames.Number(category.From) + " to " + CSharpNames.Number(category.To) + " (" + CSharpNames.XmlText(category.Titles[0]) + ").", exception);
            _w.Line(access + " static bool Is" + category.Name + "(this " + c + " response) => " + Read("Is" + category.Name + "(response." + property + ")") + ";");
        }
    }

    private void Doc(string summary, params string[] extra)
    {
        _w.Line("/// <summary>" + summary + "</summary>");
        foreach (var line in extra)
        {
            _w.Line("/// " + line);
        }
    }
}
