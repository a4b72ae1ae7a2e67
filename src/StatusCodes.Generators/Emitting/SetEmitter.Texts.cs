namespace StatusCodes.Generators.Emitting;

/// <summary>Titles, descriptions and categories: the locale, culture and current-culture overloads, and the category members.</summary>
internal sealed partial class SetEmitter
{
    private void WriteTextMembers(string kind, string table, string noun)
    {
        var t = _type;
        var fallback = HasCategories
            ? "the title of its category (" + noun + " of the covering range), else the empty string"
            : "the empty string";
        if (HasCategories && kind == "Description")
        {
            fallback = "the description of its category, else the empty string";
        }

        var categoryTable = kind == "Title" ? "s_categoryTitles" : "s_categoryDescriptions";
        Doc("The " + noun + " in <paramref name=\"locale\"/>, falling back to the default locale where the definitions lack it. For a value that is not a defined code: " + fallback + ".");
        using (_w.Block("public static string Get" + kind + "(this " + t + " value, " + _locale + " locale)"))
        {
            // The direct layout holds every defined code in its range; outside it only the category can answer.
            string condition, hit;
            if (_layout.IsDirect)
            {
                WriteDirectOffset("(int)value");
                (condition, hit) = ("offset < Range", table + "ByCode[(GetLocaleRow(locale) * Range) + (int)offset]");
            }
            else
            {
                _w.Line("int slot = GetSlot((int)value);");
                (condition, hit) = ("slot >= 0", table + "[(GetLocaleRow(locale) * Count) + slot]");
            }

            if (HasCategories)
            {
                _w.Line("return " + condition);
                _w.Line("    ? " + hit);
                _w.Line("    : " + categoryTable + "[(GetLocaleRow(locale) * CategoryColumns) + GetCategoryIndex((int)value)];");
            }
            else
            {
                _w.Line("return " + condition + " ? " + hit + " : string.Empty;");
            }
        }

        _w.Line();
        LocaleOverloads.Write(
            _w,
            "public static string Get" + kind,
            "Get" + kind,
            "this " + t + " value",
            _locales,
            "The " + noun + " in the locale that best matches <paramref name=\"culture\"/> (null: the current UI culture).",
            "The " + noun + " in the locale that best matches the current UI culture.");
        _w.Line();
    }

    private void WriteCategoryMembers()
    {
        var t = _type;
        var c = _categoryType;
        var categories = _set.Categories;
        _w.Line("private const int CategoryColumns = " + CSharpNames.Number(categories.Count + 1) + ";");
        _w.Line();
        using (_w.Block("private static int GetCategoryIndex(int code)"))
        {
            for (var i = 0; i < categories.Count; i++)
            {
                _w.Line("if (" + RangeTest("code", categories[i].From, categories[i].To) + ")");
                _w.OpenBrace();
                _w.Line("return " + CSharpNames.Number(i + 1) + ";");
                _w.CloseBrace();
                _w.Line();
            }

            _w.Line("return 0;");
        }

        _w.Line();
        Doc("The category whose range holds <paramref name=\"value\"/> (defined or not), or <c>None</c>.");
        _w.Line("public static " + c + " GetCategory(this " + t + " value) => (" + c + ")GetCategoryIndex((int)value);");
        _w.Line();
        foreach (var category in categories)
        {
            Doc("Whether <paramref name=\"value\"/> lies in " + CSharpNames.Number(category.From) + " to " + CSharpNames.Number(category.To) + " (" + CSharpNames.XmlText(category.Titles[0]) + ").");
            _w.Line("public static bool Is" + category.Name + "(this " + t + " value) => " + RangeTest("(int)value", category.From, category.To) + ";");
            _w.Line();
        }

        Doc("The member name of <paramref name=\"category\"/>, or its number in invariant digits when it is not a defined category.");
        _w.Line("public static string ToStringFast(this " + c + " category) => (int)category switch");
        _w.OpenBrace();
        _w.Line("0 => \"None\",");
        for (var i = 0; i < categories.Count; i++)
        {
            _w.Line(CSharpNames.Number(i + 1) + " => " + CSharpNames.Literal(categories[i].Name) + ",");
        }

        _w.Line("_ => ((int)category).ToString(" + KnownTypes.CultureInfo + ".InvariantCulture),");
        _w.CloseBrace(";");
        _w.Line();
        foreach (var (kind, table) in new[] { ("Title", "s_categoryTitles"), ("Description", "s_categoryDescriptions") })
        {
            var noun = kind.ToLowerInvariant();
            Doc("The category's " + noun + " in <paramref name=\"locale\"/>; the empty string for <c>None</c>.");
            using (_w.Block("public static string Get" + kind + "(this " + c + " category, " + _locale + " locale)"))
            {
                _w.Line("int index = (uint)category < CategoryColumns ? (int)category : 0;");
                _w.Line("return " + table + "[(GetLocaleRow(locale) * CategoryColumns) + index];");
            }

            _w.Line();
            LocaleOverloads.Write(
                _w,
                "public static string Get" + kind,
                "Get" + kind,
                "this " + c + " category",
                _locales,
                "The category's " + noun + " in the locale that best matches <paramref name=\"culture\"/> (null: the current UI culture).",
                "The category's " + noun + " in the locale that best matches the current UI culture.");
            _w.Line();
        }
    }
}
