using System;

namespace StatusCodes.Tool.Docs;

/// <summary>
/// Column headers and section titles of the generated tables, in the locale of the texts. The
/// importer recognizes every one of these headers, which is what lets generated docs be imported
/// back.
/// </summary>
internal sealed record DocLabels(string Code, string Name, string Title, string Description, string Range, string Categories, string Deprecated)
{
    public static readonly DocLabels English = new("Code", "Name", "Title", "Description", "Range", "Categories", "Deprecated");
    public static readonly DocLabels Simplified = new("状态码", "名称", "标题", "说明", "范围", "分类", "已弃用");
    public static readonly DocLabels Traditional = new("狀態碼", "名稱", "標題", "說明", "範圍", "分類", "已棄用");

    public static DocLabels For(string locale)
    {
        if (!locale.StartsWith("zh", StringComparison.Ordinal) || (locale.Length > 2 && locale[2] != '-'))
        {
            return English;
        }

        return locale.Contains("-Hant", StringComparison.Ordinal) || locale.EndsWith("-TW", StringComparison.Ordinal)
            || locale.EndsWith("-HK", StringComparison.Ordinal) || locale.EndsWith("-MO", StringComparison.Ordinal)
            ? Traditional
            : Simplified;
    }
}
